// Part of the script every page runs: keep it tiny. The header search box (CSS shows a link to /codes/ instead when
// scripting is off): wires "/" and Ctrl/Cmd+K, arrow keys and Escape, and loads the search engine on the first
// keystroke. If the engine or its data fails to load, it says so and tries again on the next keystroke or Enter.
// The page gives it `data-t` (the message shown when the search cannot load), `data-base` (the site's files:
// pagefind/, lookup/) and `data-root` (the pages of the page's language); the words of results load with the engine.
// Enter goes to a code's page, or to the search page with what an address may carry: never a paste (its box has no
// `name`, so even the plain HTML form cannot send one).
import { searchHref } from '../lib/paths';
import { searchWords } from '../lib/search-words';
import { chunk } from './import-chunk';
import { stringsOf } from './strings';

type Engine = typeof import('./search-engine');
/** The engine, which starts loading the words of its results; a failed load is retried (import-chunk.ts). */
const loadEngine = chunk((): Promise<Engine> => import('./search-engine'));
type Outcome = Awaited<ReturnType<Engine['search']>>;
interface Parts {
  form: HTMLFormElement;
  input: HTMLInputElement;
  results: HTMLElement;
  status: HTMLElement;
}

/** Whether a key event is "/" outside a text field, or Ctrl/Cmd+K: the shortcuts to the box. */
function isShortcut(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement;
  const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  return (event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey));
}

class SiteSearch extends HTMLElement {
  #run = 0;
  #outcome: Outcome | undefined;
  /** Escape closed the results: they stay closed until the next keystroke. */
  #dismissed = false;

  #parts(): Parts | undefined {
    const form = this.querySelector('form');
    const input = this.querySelector('input');
    const results = this.querySelector<HTMLElement>('#site-search-results');
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    return form && input && results && status ? { form, input, results, status } : undefined;
  }

  #site() {
    return { base: this.dataset['base'] ?? '/', root: this.dataset['root'] ?? '/' };
  }

  /** Runs the search for the box's text; resolves to the engine, or undefined when it could not load. */
  async #update(): Promise<Engine | undefined> {
    const parts = this.#parts();
    if (!parts) return undefined;
    const run = ++this.#run;
    this.#outcome = undefined;
    try {
      const engine = await loadEngine();
      const [outcome, words] = await Promise.all([
        engine.search(this.#site(), parts.input.value),
        engine.searchWords(),
      ]);
      // A newer keystroke has its own results: drop this one's.
      if (run !== this.#run) return engine;
      this.#outcome = outcome;
      parts.status.textContent = engine.render(parts.results, outcome, words);
      parts.results.hidden = outcome.kind === 'empty' || this.#dismissed;
      return engine;
    } catch {
      if (run === this.#run) parts.status.textContent = stringsOf(this, ['unavailable']).unavailable;
      return undefined;
    }
  }

  /**
   * Enter: a documented code opens its page; anything an address may carry goes to the search page; a paste of
   * nothing decodable stays here, its results open. When the engine cannot load, typed words or a code still go to the
   * search page.
   */
  async #submit() {
    const parts = this.#parts();
    if (!parts || !parts.input.value.trim()) return;
    const engine = await this.#update();
    const outcome = this.#outcome;
    const root = this.#site().root;
    let href: string | undefined;
    if (engine && outcome) href = engine.submitHref(root, outcome);
    else {
      // The engine could not load: a typed code or words go to the search page, which reads them there.
      const words = searchWords(parts.input.value);
      href = words ? searchHref(root, words) : undefined;
    }
    if (href) location.assign(href);
    else parts.results.hidden = false;
  }

  #onKey(event: KeyboardEvent, parts: Parts) {
    const all = [...parts.results.querySelectorAll<HTMLAnchorElement>('a[data-result]')];
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'Escape') {
      this.#dismissed = true;
      parts.results.hidden = true;
      parts.input.focus();
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && all.length > 0) {
      event.preventDefault();
      const next = at + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) parts.input.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    }
  }

  connectedCallback() {
    const parts = this.#parts();
    if (!parts) return;
    const { form, input, results } = parts;
    input.addEventListener('input', () => {
      this.#dismissed = false;
      void this.#update();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#submit();
    });
    form.addEventListener('keydown', (event) => this.#onKey(event, parts));
    form.addEventListener('focusout', (event) => {
      if (!form.contains(event.relatedTarget as Node | null)) results.hidden = true;
    });
    input.addEventListener('focus', () => {
      if (!this.#dismissed && results.childElementCount > 0 && input.value.trim()) results.hidden = false;
    });
    document.addEventListener('keydown', (event) => {
      if (!isShortcut(event)) return;
      event.preventDefault();
      input.focus();
      input.select();
    });
    // Typed before the script loaded: searched now, shown while the box has focus.
    if (input.value.trim()) {
      this.#dismissed = document.activeElement !== input;
      void this.#update();
    }
  }
}

customElements.define('site-search', SiteSearch);
