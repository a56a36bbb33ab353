// Loaded on /search/ only (by elements.ts, as the page opens): renders the results for ?q= (and ?mode=text)
// into the page.
import { echo } from './dom';
import { render, search } from './search-engine';

const T = {
  prompt: 'Type a code such as -1102, or words such as 签名过期, or paste a log line or a response.',
  heading: (q: string) => ['Results for “', echo(q), '”'],
  title: (q: string) => `${q.length > 60 ? `${q.slice(0, 60)}…` : q} · Search · Tencent Cloud error codes`,
  searching: 'Searching…',
  failed: (error: string) => `Search failed to load (${error}). Every code is still in the list of all codes.`,
};

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
      status.textContent = T.prompt;
      return;
    }
    heading.replaceChildren(...T.heading(q));
    document.title = T.title(q);
    status.textContent = T.searching;
    try {
      const show = (outcome: Awaited<ReturnType<typeof search>>) => (status.textContent = render(results, outcome));
      show(await search(this.dataset['base'] ?? '/', q, { text: params.get('mode') === 'text' }));
    } catch (error) {
      status.textContent = T.failed(String(error));
    }
  }
}

customElements.define('search-page', SearchPage);
