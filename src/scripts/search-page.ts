// Loaded on /search/ only (by elements.ts, as the page opens): renders the results for ?q= (and ?mode=text)
// into the page. The page's own strings come from its data-t (scripts.searchPage, and `title`: the page's title for
// a query, "{q} · Search · …"); the words of results load with the engine.
// The address and the title (kept in the browser's history) hold only the shared query (sharedQuery): the codes and
// warnings read, or the words, capped. A paste submitted here goes to that address; one brought by an older link or
// by the form without JavaScript is read, then the address is replaced by it.
import { asLang, format } from '../lib/i18n';
import { readSearchParams, searchHref } from '../lib/paths';
import { TEXT_QUERY_LIMIT } from '../lib/query-limit';
import { echo, fill, mixed } from './dom';
import { render, search, searchWords, sharedQuery } from './search-engine';
import { stringsOf } from './strings';

class SearchPage extends HTMLElement {
  async connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector('input');
    const results = this.querySelector<HTMLElement>('[data-search-results]');
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    const heading = this.querySelector<HTMLElement>('[data-search-heading]');
    if (!form || !input || !results || !status || !heading) return;
    const t = stringsOf(this, ['prompt', 'headingFor', 'title', 'searching', 'failed']);
    const site = { base: this.dataset['base'] ?? '/', root: this.dataset['root'] ?? '/' };

    form.addEventListener('submit', (event) => {
      // An empty query goes as the form sends it: the page then prompts.
      if (!input.value.trim()) return;
      event.preventDefault();
      const go = (query: string) => location.assign(searchHref(site.root, query));
      sharedQuery(input.value).then(go, () => go(input.value.trim().slice(0, TEXT_QUERY_LIMIT)));
    });

    const { query: q, text } = readSearchParams(new URL(location.href));
    // What was typed before the script ran (the page paints first) stays in the box, and is sent if it was sent.
    if (q.trim() && !input.value) input.value = q;
    if (!q.trim()) {
      status.replaceChildren(...mixed(asLang(document.documentElement.lang), t.prompt));
      return;
    }
    heading.replaceChildren(...fill(t.headingFor, { q: echo(q) }));
    status.textContent = t.searching;
    const shared = sharedQuery(q, { text }).then((query) => {
      document.title = format(t.title, { q: query.length > 60 ? `${query.slice(0, 60)}…` : query });
      if (query !== q) history.replaceState(history.state, '', searchHref(site.root, query, text));
    });
    try {
      const [outcome, words] = await Promise.all([search(site, q, { text }), searchWords(), shared]);
      status.textContent = render(results, outcome, words);
    } catch (error) {
      status.textContent = format(t.failed, { error: String(error) });
    }
  }
}

customElements.define('search-page', SearchPage);
