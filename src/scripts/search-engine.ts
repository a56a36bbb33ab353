// Ships to the browser, but only when someone starts to search: the code lookup, Pagefind and the result list.
import { parseQuery } from '../lib/normalize-query';
import { codeOutcome, textOutcome, type ResultItem, type SearchOutcome } from '../lib/search-results';
import { withBase } from '../lib/paths';
import { loadLookup } from './lookup-index';

export { loadLookup };

interface PagefindResult {
  data: () => Promise<{ url: string }>;
}
interface Pagefind {
  options: (options: { baseUrl: string; noWorker?: boolean }) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] } | null>;
}

const TEXT_RESULTS = 12;
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(base: string): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ withBase(base, 'pagefind/pagefind.js')) as Promise<Pagefind>).then(async (pf) => {
    // Pagefind knows paths from the site root only; the base path makes its URLs right under a sub-path.
    // No worker: for an index this small, starting one costs more time than searching on the main thread.
    await pf.options({ baseUrl: base, noWorker: true });
    await pf.init();
    return pf;
  });
  return pagefind;
}

/**
 * Runs one search. A code (or a code inside pasted text) is looked up exactly and never sent to Pagefind, which
 * would answer an undocumented number with the nearest indexed one. Words go to Pagefind; `text` forces words.
 * Codes whose meaning holds the phrase are known from the code index at once: `onPartial` gets them while
 * Pagefind (tens of milliseconds more when cold) is still loading.
 */
export async function search(
  base: string,
  input: string,
  { text = false, onPartial }: { text?: boolean; onPartial?: (outcome: SearchOutcome) => void } = {},
): Promise<SearchOutcome> {
  const query = parseQuery(input);
  if (query.kind === 'empty') return query;
  if (query.kind === 'code' && !text) return codeOutcome(base, await loadLookup(base), query);
  const words = query.text;
  const pagefind = loadPagefind(base); // loads beside the code index
  const index = await loadLookup(base);
  const early = textOutcome(base, index, words, []);
  if (onPartial && early.kind === 'text' && early.items.length > 0) onPartial(early);
  const found = await (await pagefind).search(words);
  const top = await Promise.all((found?.results ?? []).slice(0, TEXT_RESULTS).map((r) => r.data()));
  return textOutcome(base, index, words, top.map((d) => d.url));
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function itemLink(item: ResultItem): HTMLLIElement {
  const li = el('li', '');
  const a = el('a', 'block px-3 py-2 no-underline hover:bg-accent-50 focus:bg-accent-50 focus:outline-none dark:hover:bg-neutral-800 dark:focus:bg-neutral-800');
  a.href = item.href;
  a.dataset['result'] = '';
  a.append(el('span', 'font-mono font-semibold text-accent-700 dark:text-accent-300', item.code), ' ');
  const meaning = el('span', 'text-neutral-900 dark:text-neutral-100', item.meaning);
  meaning.lang = 'zh-CN';
  a.append(meaning, el('span', 'block text-xs text-neutral-700 dark:text-neutral-300', item.where));
  li.append(a);
  return li;
}

function list(items: ResultItem[]): HTMLUListElement {
  const ul = el('ul', 'divide-y divide-neutral-200 dark:divide-neutral-800');
  ul.append(...items.map(itemLink));
  return ul;
}

function note(text: string): HTMLParagraphElement {
  return el('p', 'px-3 py-2 text-sm text-neutral-800 dark:text-neutral-200', text);
}

function link(href: string, text: string): HTMLParagraphElement {
  const p = el('p', 'px-3 py-2 text-sm');
  const a = el('a', 'text-accent-700 underline dark:text-accent-300', text);
  a.href = href;
  a.dataset['result'] = '';
  p.append(a);
  return p;
}

/** Renders an outcome into `container` (as text nodes only) and returns a one-line summary for screen readers. */
export function render(container: HTMLElement, outcome: SearchOutcome): string {
  container.replaceChildren();
  if (outcome.kind === 'empty') return '';
  if (outcome.kind === 'text') {
    if (outcome.items.length === 0) {
      container.append(note(`Nothing found for “${outcome.text}”. Try fewer or other words, or a code.`));
      return 'No results';
    }
    container.append(list(outcome.items));
    return `${outcome.items.length} results`;
  }
  const found = outcome.extracted ? `Code ${outcome.code} (read from your text)` : `Code ${outcome.code}`;
  if (outcome.codePage) {
    container.append(link(outcome.codePage, `${found}: all ${outcome.items.length} meanings →`), list(outcome.items));
  } else {
    container.append(note(`${found} is not in the documented tables.`));
  }
  if (outcome.startingWith.length > 0) {
    container.append(note(`Codes that start with ${outcome.code}:`), list(outcome.startingWith));
    if (outcome.moreStartingWith > 0) container.append(note(`…and ${outcome.moreStartingWith} more. Type more digits.`));
  }
  if (!outcome.codePage) container.append(link(outcome.textSearch, 'Search all text instead'));
  return outcome.codePage
    ? `${outcome.items.length} meanings of code ${outcome.code}`
    : `Code ${outcome.code} is not in the documented tables`;
}
