// Part of the script every page runs on load (elements.ts): keep it tiny. Narrows the rows of the table that
// follows it by code or text, shows "N of M rows", and keeps the filter in the URL (?filter=) so the view can be shared.
// The row a link points to (#code--1102) is always shown, whatever the filter.
// Its strings come from the page (data-t: scripts.filter of the page language's dictionary).
import { foldWidth } from '../lib/fold-width';
import { withoutInvisible } from '../lib/invisible';
import { format } from '../lib/i18n';
import { searchWords } from '../lib/search-words';
import { stringsOf } from './strings';

class TableFilter extends HTMLElement {
  connectedCallback() {
    const input = this.querySelector('input');
    const count = this.querySelector('output');
    const empty = this.querySelector<HTMLElement>('[data-filter-empty]');
    const rows = [
      ...(this.parentElement?.querySelectorAll<HTMLTableRowElement>('[data-code-table] tr[data-row]') ?? []),
    ];
    if (!input || !count || !empty) return;
    const t = stringsOf(this, ['count']);
    // Codes, meanings and advice only: not the "copy link" labels or the phone-layout column names. Read on the
    // first filtering, not on load, so the page's first paint does not wait for it.
    let texts: string[] | undefined;
    const rowTexts = () =>
      rows.map((row) =>
        foldWidth(
          [...row.querySelectorAll('code, [data-text]')].map((cell) => cell.textContent).join(' '),
        ).toLowerCase(),
      );

    const linkedRow = () => {
      let id = location.hash.slice(1);
      try {
        id = decodeURIComponent(id);
      } catch {
        // a malformed escape: look the id up as written
      }
      return id ? document.getElementById(id)?.closest('tr') : undefined;
    };

    const apply = () => {
      const needle = foldWidth(withoutInvisible(input.value)).trim().toLowerCase();
      const haystacks = (texts ??= rowTexts());
      const linked = linkedRow();
      let shown = 0;
      rows.forEach((row, i) => {
        const match = row === linked || (haystacks[i]?.includes(needle) ?? false);
        row.hidden = !match;
        if (match) shown++;
      });
      count.textContent = format(t.count, { shown, total: rows.length });
      empty.hidden = shown > 0;
      // Only words go into the address (a shared view): never a paste, which may hold a name or an ID number.
      const url = new URL(location.href);
      const words = searchWords(input.value);
      if (words) url.searchParams.set('filter', words);
      else url.searchParams.delete('filter');
      history.replaceState(history.state, '', url);
    };

    // What was typed before the script ran (the page paints first), else a shared ?filter=.
    input.value ||= new URL(location.href).searchParams.get('filter') ?? '';
    input.addEventListener('input', apply);
    window.addEventListener('hashchange', () => input.value && apply());
    if (input.value) apply();
  }
}

customElements.define('table-filter', TableFilter);
