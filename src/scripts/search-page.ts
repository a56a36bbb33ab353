// Loaded on /search/ only (by elements.ts, as the page opens): renders the results for ?q= (and ?mode=text)
// into the page.
import { render, search } from './search-engine';

class SearchPage extends HTMLElement {
  async connectedCallback() {
    const input = this.querySelector('input');
    const results = this.querySelector<HTMLElement>('[data-search-results]');
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    const heading = this.querySelector<HTMLElement>('[data-search-heading]');
    if (!input || !results || !status || !heading) return;

    const params = new URL(location.href).searchParams;
    const q = params.get('q') ?? '';
    input.value = q;
    if (!q.trim()) {
      status.textContent = 'Type a code such as -1102, or words such as 签名过期.';
      return;
    }
    heading.textContent = `Results for “${q}”`;
    document.title = `${q} · Search · Tencent Cloud error codes`;
    status.textContent = 'Searching…';
    try {
      const show = (outcome: Awaited<ReturnType<typeof search>>) => (status.textContent = render(results, outcome));
      show(await search(this.dataset['base'] ?? '/', q, { text: params.get('mode') === 'text' }));
    } catch (error) {
      status.textContent = `Search failed to load (${String(error)}). Every code is still in the list of all codes.`;
    }
  }
}

customElements.define('search-page', SearchPage);
