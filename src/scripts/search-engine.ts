// Ships to the browser, but only when someone starts to search: the code lookup, Pagefind and the result list.
import { parseQuery } from '../lib/normalize-query';
import { codeOutcome, textOutcome, TEXT_RESULTS, type ResultItem, type SearchOutcome } from '../lib/search-results';
import { withBase } from '../lib/paths';
import { loadLookup, loadPrefix } from './lookup-index';

export { loadLookup };

/** A part of a table page Pagefind matched: one row, titled with the row's codes (see CodeTable.astro). */
interface PagefindSubResult {
  title: string;
  /** The weight of each matched word: above 1 in the row's meaning, 1 in its advice. */
  weighted_locations: { weight: number }[];
}
interface PagefindResult {
  id: string;
  data: () => Promise<{ sub_results: PagefindSubResult[] }>;
}
interface Pagefind {
  options: (options: { baseUrl: string; noWorker?: boolean }) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Reading a table page's matched rows fetches its text (a few KB): pages are read two at a time, at most five per
 * search, and only until a list of results has matches in the meaning.
 */
const PAGES_AT_A_TIME = 2;
const MOST_PAGES = 5;
const CODE = /^-?\d+$/;
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

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * The query as words apart ("身份证" → "身份 证"), as the index holds Chinese text: Pagefind leaves a query the
 * browser does not split whole, and a whole "身份证" matches no indexed word.
 */
function spaced(text: string): string {
  return [...segmenter.segment(text)].map((s) => s.segment.trim()).filter(Boolean).join(' ');
}

/**
 * The codes of the rows Pagefind matched for `words`, those matched in their meaning first. Pages holding the
 * words as one phrase (Pagefind's exact search) are read first, then the others, best first; each page's rows come
 * from the plain search, whose matches carry their weight (above 1 in a meaning, 1 in advice).
 */
async function matchedCodes(base: string, words: string): Promise<string[]> {
  const pf = await loadPagefind(base);
  const query = spaced(words);
  const [phrase, plain] = await Promise.all([pf.search(`"${query}"`), pf.search(query)]);
  const byId = new Map((plain?.results ?? []).map((page) => [page.id, page]));
  const ids = [...new Set([...(phrase?.results ?? []).map((page) => page.id), ...byId.keys()])];
  const pages = ids.flatMap((id) => byId.get(id) ?? []).slice(0, MOST_PAGES);
  // A row counts as matched in its meaning when its meaning holds as many matches as the query has words.
  const wordCount = query.split(' ').length;
  const inMeaning: string[] = [];
  const inAdvice: string[] = [];
  for (let start = 0; start < pages.length && inMeaning.length < TEXT_RESULTS; start += PAGES_AT_A_TIME) {
    const read = await Promise.all(pages.slice(start, start + PAGES_AT_A_TIME).map((page) => page.data()));
    for (const { sub_results } of read) {
      for (const row of sub_results) {
        const list = row.weighted_locations.filter((l) => l.weight > 1).length >= wordCount ? inMeaning : inAdvice;
        list.push(...row.title.split(' ').filter((code) => CODE.test(code)));
      }
    }
  }
  // Twice a list of results is enough to order; each further code could cost the fetch of its lookup shard.
  return [...new Set([...inMeaning, ...inAdvice])].slice(0, 2 * TEXT_RESULTS);
}

/** A sign alone is the start of a code being typed: nothing to look up yet, and no word to search for. */
const LONE_SIGN = /^\s*[-+]\s*$/;

/**
 * Runs one search. A code (or a code inside pasted text) is looked up exactly in the code lookup's shards and
 * never sent to Pagefind, which would answer an undocumented number with the nearest indexed one. Words go to
 * Pagefind; `text` forces words. The codes of the rows Pagefind matched are then read with their lookup entries.
 */
export async function search(base: string, input: string, { text = false }: { text?: boolean } = {}): Promise<SearchOutcome> {
  if (LONE_SIGN.test(input) && !text) return { kind: 'empty' };
  const query = parseQuery(input);
  if (query.kind === 'empty') return query;
  if (query.kind === 'code' && !text) {
    const [exact, prefix] = await Promise.all([loadLookup(base, [query.code]), loadPrefix(base, query.code)]);
    const outcome = codeOutcome(base, exact, query);
    if (outcome.kind !== 'code') return outcome;
    // The listing may come from the first shards only: the count is the manifest's.
    const others = prefix.count - (outcome.codePage ? 1 : 0);
    return { ...outcome, moreStartingWith: Math.max(0, others - outcome.startingWith.length) };
  }
  const codes = await matchedCodes(base, query.text);
  return textOutcome(base, await loadLookup(base, codes), query.text, codes);
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
