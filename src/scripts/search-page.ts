// Loaded on /search/ only (by elements.ts, as the page opens): renders the results for ?q= (and ?mode=text)
// into the page. The page's own strings come from its data-t (scripts.searchPage, and `title`: the page's title for
// a query, "{q} · Search · …"); the words of results load with the engine.
import { format } from '../lib/i18n';
import { readSearchParams } from '../lib/paths';
import { echo, fill } from './dom';
import { render, search, searchWords } from './search-engine';
import { stringsOf } from './strings';

class SearchPage extends HTMLElement {
  async connectedCallback() {
    const input = this.querySelector('input');
    const results = this.querySelector<HTMLElement>('[data-search-results]');
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    const heading = this.querySelector<HTMLElement>('[data-search-heading]');
    if (!input || !results || !status || !heading) return;
    const t = stringsOf(this, ['prompt', 'headingFor', 'title', 'searching', 'failed']);

    const { query: q, text } = readSearchParams(new URL(location.href));
    input.value = q;
    if (!q.trim()) {
      status.textContent = t.prompt;
      return;
    }
    heading.replaceChildren(...fill(t.headingFor, { q: echo(q) }));
    document.title = format(t.title, { q: q.length > 60 ? `${q.slice(0, 60)}…` : q });
    status.textContent = t.searching;
    const site = { base: this.dataset['base'] ?? '/', root: this.dataset['root'] ?? '/' };
    try {
      const [outcome, words] = await Promise.all([search(site, q, { text }), searchWords()]);
      status.textContent = render(results, outcome, words);
    } catch (error) {
      status.textContent = format(t.failed, { error: String(error) });
    }
  }
}

customElements.define('search-page', SearchPage);
