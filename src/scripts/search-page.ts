// Loaded on /search/ only (by elements.ts): answers what is searched here, and ?q= (and ?mode=text) of an address,
// in the page. The page's own strings come from its data-t (scripts.searchPage, and `title`: the page's title for a
// query, "{q} · Search · …"); the words of results load with the engine.
// The address and the title (kept in the browser's history) hold only what the search says an address may carry
// (outcome.shared): the codes and warnings decoded, or the words. A paste with nothing of that leaves the address as
// it is; one brought by an older link is read, then taken out of the address.
import { asLang, format } from '../lib/i18n';
import { readSearchParams, searchHref, searchPageHref } from '../lib/paths';
import { echo, fill, mixed } from './dom';
import { render, search, searchWords, type Site } from './search-engine';
import { stringsOf } from './strings';

const KEYS = ['prompt', 'headingFor', 'title', 'searching', 'failed'] as const;
type Strings = Record<(typeof KEYS)[number], string>;

class SearchPage extends HTMLElement {
  #run = 0;
  /** The page's title without a query. */
  #title = document.title;

  connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector('input');
    if (!form || !input) return;
    const t = stringsOf(this, KEYS);
    const site: Site = { base: this.dataset['base'] ?? '/', root: this.dataset['root'] ?? '/' };
    form.addEventListener('submit', (event) => {
      // An empty query goes as the form sends it: the page then prompts.
      if (!input.value.trim()) return;
      event.preventDefault();
      void this.#answer(t, site, input.value, false, 'push');
    });
    const { query, text } = readSearchParams(new URL(location.href));
    // What was typed before the script ran (the page paints first) stays in the box.
    if (query.trim() && !input.value) input.value = query;
    void this.#answer(t, site, query, text, 'replace');
  }

  /** Searches `query` and shows the answer; the address then holds what it may carry (`how`: a new entry or this one). */
  async #answer(t: Strings, site: Site, query: string, text: boolean, how: 'push' | 'replace') {
    const run = ++this.#run;
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    const results = this.querySelector<HTMLElement>('[data-search-results]');
    const heading = this.querySelector<HTMLElement>('[data-search-heading]');
    if (!status || !results || !heading) return;
    const prompt = () => status.replaceChildren(...mixed(asLang(document.documentElement.lang), t.prompt));
    if (!query.trim()) return prompt();
    status.textContent = t.searching;
    try {
      const [outcome, words] = await Promise.all([search(site, query, { text }), searchWords()]);
      if (run !== this.#run) return;
      if (outcome.kind === 'empty') return prompt();
      status.textContent = render(results, outcome, words);
      if (outcome.shared) heading.replaceChildren(...fill(t.headingFor, { q: echo(outcome.shared) }));
      this.#address(t, site, outcome.shared, text, how);
    } catch (error) {
      status.textContent = format(t.failed, { error: String(error) });
    }
  }

  /** The address and the title of an answer: what it may carry, or the bare search page for a paste of nothing. */
  #address(t: Strings, site: Site, shared: string, text: boolean, how: 'push' | 'replace') {
    const href = shared ? searchHref(site.root, shared, text) : searchPageHref(site.root);
    const here = new URL(location.href);
    // A search typed here that decodes nothing leaves the address as it is.
    if (how === 'push' && !shared) return;
    if (how === 'push' && `${here.pathname}${here.search}` !== href) history.pushState(null, '', href);
    else history.replaceState(history.state, '', href);
    document.title = shared
      ? format(t.title, { q: shared.length > 60 ? `${shared.slice(0, 60)}…` : shared })
      : this.#title;
  }
}

customElements.define('search-page', SearchPage);
