// Part of the script every page runs on load (elements.ts): keep it tiny. The header search box (CSS shows a
// link to /codes/ instead when scripting is off): wires "/" and Ctrl/Cmd+K, arrow keys and Escape, and loads the
// search engine on the first keystroke. If the engine or its data fails to load, it says so and tries again on the
// next keystroke; Enter always works (it falls back to the search page).
// The page gives it `data-t` (the message shown when the search cannot load), `data-base` (the site's files:
// pagefind/, lookup/) and `data-root` (the pages of the page's language); the words of results load with the engine.
import { TEXT_QUERY_LIMIT } from '../lib/query-limit';
import { stringsOf } from './strings';

type Engine = typeof import('./search-engine');
type Words = Awaited<ReturnType<Engine['searchWords']>>;

class SiteSearch extends HTMLElement {
  #engine: Promise<Engine> | undefined;
  #run = 0;
  #outcome: Awaited<ReturnType<Engine['search']>> | undefined;
  /** Escape closed the results: they stay closed until the next keystroke. */
  #dismissed = false;

  /** Loads the engine (which starts loading the words of its results); a failed load is forgotten so the next keystroke tries again. */
  #load(): Promise<Engine> {
    if (!this.#engine) {
      const engine = import('./search-engine');
      this.#engine = engine;
      engine.catch(() => {
        if (this.#engine === engine) this.#engine = undefined;
      });
    }
    return this.#engine;
  }

  connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector('input');
    const results = this.querySelector<HTMLElement>('#site-search-results');
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    if (!form || !input || !results || !status) return;
    const t = stringsOf(this, ['unavailable']);
    const site = { base: this.dataset['base'] ?? '/', root: this.dataset['root'] ?? '/' };

    const links = () => [...results.querySelectorAll<HTMLAnchorElement>('a[data-result]')];
    const close = () => {
      results.hidden = true;
    };
    type Outcome = Awaited<ReturnType<Engine['search']>>;
    const show = (engine: Engine, words: Words, outcome: Outcome) => {
      this.#outcome = outcome;
      status.textContent = engine.render(results, outcome, words);
      results.hidden = outcome.kind === 'empty' || this.#dismissed;
    };
    /** Runs the search for the box's text; resolves to the engine, or undefined when it could not load. */
    const update = async (): Promise<Engine | undefined> => {
      const run = ++this.#run;
      this.#outcome = undefined;
      try {
        const engine = await this.#load();
        const [outcome, words] = await Promise.all([engine.search(site, input.value), engine.searchWords()]);
        // A newer keystroke has its own results: drop this one's.
        if (run === this.#run) show(engine, words, outcome);
        return engine;
      } catch {
        if (run === this.#run) {
          status.textContent = t.unavailable;
        }
        return undefined;
      }
    };

    input.addEventListener('input', () => {
      this.#dismissed = false;
      void update();
    });
    form.addEventListener('submit', async (event) => {
      // Enter on a documented code opens its page; anything else goes to the search page (the form's action),
      // carrying the codes read or the words, never a whole long paste.
      event.preventDefault();
      if (!input.value.trim()) return;
      const engine = await update();
      if (engine && this.#outcome) location.assign(await engine.submitHref(site.root, input.value, this.#outcome));
      else {
        // The engine could not load: the form's own address and field (src/lib/paths.ts), the words capped.
        const url = new URL(form.action, location.href);
        url.searchParams.set(input.name, input.value.trim().slice(0, TEXT_QUERY_LIMIT));
        location.assign(url);
      }
    });
    form.addEventListener('keydown', (event) => {
      const all = links();
      const at = all.indexOf(document.activeElement as HTMLAnchorElement);
      if (event.key === 'Escape') {
        this.#dismissed = true;
        close();
        input.focus();
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (all.length === 0) return;
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        const next = at + step;
        if (next < 0) input.focus();
        else all[Math.min(next, all.length - 1)]?.focus();
      }
    });
    form.addEventListener('focusout', (event) => {
      if (!form.contains(event.relatedTarget as Node | null)) close();
    });
    input.addEventListener('focus', () => {
      if (!this.#dismissed && results.childElementCount > 0 && input.value.trim()) results.hidden = false;
    });
    document.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement;
      const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
      const slash = event.key === '/' && !typing;
      const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
      if (!slash && !k) return;
      event.preventDefault();
      input.focus();
      input.select();
    });
    // Typed before the script loaded (it loads after the first paint): searched now, shown while the box has focus.
    if (input.value.trim()) {
      this.#dismissed = document.activeElement !== input;
      void update();
    }
  }
}

customElements.define('site-search', SiteSearch);
