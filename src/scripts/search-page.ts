// Loaded on /search/ only (by elements.ts, as the page opens): renders the results for ?q= (and ?mode=text)
// into the page. Its strings come from the page: data-t holds the search's (scripts.search, scripts.setAside) and
// the page's own (scripts.searchPage, with `title`: the page title for a query, "{q} · Search · …").
import { format } from '../lib/i18n';
import { echo, fill } from './dom';
import { render, search, type SearchStrings } from './search-engine';
import { pageLang, stringsOf, type Strings } from './strings';

type PageStrings = SearchStrings & { page: Strings['searchPage']; title: string };

class SearchPage extends HTMLElement {
  async connectedCallback() {
    const input = this.querySelector('input');
    const results = this.querySelector<HTMLElement>('[data-search-results]');
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    const heading = this.querySelector<HTMLElement>('[data-search-heading]');
    if (!input || !results || !status || !heading) return;
    const t = stringsOf<PageStrings>(this);

    const params = new URL(location.href).searchParams;
    const q = params.get('q') ?? '';
    input.value = q;
    if (!q.trim()) {
      status.textContent = t.page.prompt;
      return;
    }
    heading.replaceChildren(...fill(t.page.headingFor, { q: echo(q) }));
    document.title = format(t.title, { q: q.length > 60 ? `${q.slice(0, 60)}…` : q });
    status.textContent = t.page.searching;
    const site = { base: this.dataset['base'] ?? '/', root: this.dataset['root'] ?? '/' };
    try {
      const outcome = await search(site, q, { text: params.get('mode') === 'text' });
      status.textContent = render(results, outcome, t, pageLang());
    } catch (error) {
      status.textContent = format(t.page.failed, { error: String(error) });
    }
  }
}

customElements.define('search-page', SearchPage);
