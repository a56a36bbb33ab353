// Part of the script every page runs on load (elements.ts): keep it tiny. The header search box (CSS shows a
// link to /codes/ instead when scripting is off): wires "/" and Ctrl/Cmd+K, arrow keys and Escape, and loads the
// search engine on the first keystroke.
type Engine = typeof import('./search-engine');

class SiteSearch extends HTMLElement {
  #engine?: Promise<Engine>;
  #run = 0;
  #codePage: string | undefined;
  /** Escape closed the results: they stay closed until the next keystroke. */
  #dismissed = false;

  /** Loads the engine, which starts loading the code lookup's manifest. */
  async #load(): Promise<Engine> {
    const engine = await import('./search-engine');
    void engine.loadLookup(this.dataset['base'] ?? '/', []);
    return engine;
  }

  connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector('input');
    const results = this.querySelector<HTMLElement>('#site-search-results');
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    if (!form || !input || !results || !status) return;

    const links = () => [...results.querySelectorAll<HTMLAnchorElement>('a[data-result]')];
    const close = () => {
      results.hidden = true;
    };
    type Outcome = Awaited<ReturnType<Engine['search']>>;
    const show = (engine: Engine, outcome: Outcome) => {
      this.#codePage = outcome.kind === 'code' ? outcome.codePage : undefined;
      status.textContent = engine.render(results, outcome);
      results.hidden = outcome.kind === 'empty' || this.#dismissed;
    };
    const update = async () => {
      const run = ++this.#run;
      const engine = await (this.#engine ??= this.#load());
      // A newer keystroke has its own results: drop this one's.
      const outcome = await engine.search(this.dataset['base'] ?? '/', input.value);
      if (run === this.#run) show(engine, outcome);
    };

    input.addEventListener('input', () => {
      this.#dismissed = false;
      void update();
    });
    form.addEventListener('submit', async (event) => {
      // Enter on a documented code opens its page; anything else goes to the search page (the form's action).
      event.preventDefault();
      await update();
      if (this.#codePage) location.assign(this.#codePage);
      else if (input.value.trim()) form.submit();
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
  }
}

customElements.define('site-search', SiteSearch);
