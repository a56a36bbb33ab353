// Ships to the browser, lazily, with the first search for words (a code lookup never loads it): Pagefind, and the
// codes of the table rows it matched.
import { isCode } from '../lib/codes';
import { LANGS, asLang } from '../lib/i18n';
import { withBase } from '../lib/paths';
import { RESULT_LIMIT } from '../lib/search-results';

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
  mergeIndex: (indexPath: string, options: { language: string }) => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Reading a table page's matched rows fetches its text (a few KB): pages are read two at a time, at most eight per
 * search: every page holding the words as one phrase, then others only until a list of results has matches in the
 * meaning (a phrase such as 签名过期 is in seven tables, and rows that hold its words apart fill a list sooner).
 */
const PAGES_AT_A_TIME = 2;
const MOST_PAGES = 8;
let pagefind: Promise<Pagefind> | undefined;
/** Pagefinds loaded so far: each after the first is a fresh module, under another address. */
let loads = 0;

/**
 * Pagefind, loaded once. A Pagefind whose load or search failed is dropped (drop()): it keeps a failed start (its
 * entry file, its WebAssembly, its language metadata) for good, and a browser may keep a failed module as failed. The
 * next search imports it again under a fresh address: a new module, with a new state.
 */
function loadPagefind(base: string): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = withBase(base, 'pagefind/pagefind.js');
    // Pagefind's own module, built beside the site: typed here by the little of it the search uses.
    const pf: Pagefind = await import(/* @vite-ignore */ loads++ === 0 ? url : `${url}?retry=${loads}`);
    // Pagefind knows paths from the site root only; the base path makes its URLs right under a sub-path.
    // No worker: for an index this small, starting one costs more time than searching on the main thread.
    await pf.options({ baseUrl: base, noWorker: true });
    await pf.init();
    return pf;
  })();
  return pagefind;
}

/** Forgets Pagefind and the index merged into it, so the next search starts a fresh one. */
function drop() {
  pagefind = undefined;
  chineseIndex = undefined;
}

/** Failed fetches of Pagefind's files since the page loaded (see countFailures). */
let failures = 0;
let counting = false;

/**
 * Starts counting the failed fetches of the files under `dir`. Pagefind logs a failed index chunk and searches on
 * without it: its answer would read "Nothing found" where the truth is that part of the index did not load. Its
 * fetches go through the page's fetch() (no worker), which is wrapped here, once, to count theirs.
 */
function countFailures(dir: string) {
  if (counting) return;
  counting = true;
  const fetchFile = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const pagefindFile = new URL(url, location.href).href.startsWith(dir);
    try {
      const response = await fetchFile(input, init);
      if (pagefindFile && !response.ok) failures++;
      return response;
    } catch (error) {
      if (pagefindFile) failures++;
      throw error;
    }
  };
}

const HAN = /\p{Script=Han}/u;
/** The language whose index splits Chinese into words (Pagefind's extended build segments zh-cn pages). */
const CHINESE_INDEX = LANGS['zh-CN'].pagefind;
let chineseIndex: Promise<void> | undefined;

/**
 * Pagefind searches the index of the page's language (<html lang>). The English pages' index holds the official
 * Chinese beside the English, but unsplit ("签名过期" is one word there), so a Chinese phrase typed on an English page
 * (copied from a log) is searched in the Chinese pages' index too, merged in on the first such query. Results are
 * read by their codes only (the rows' titles), so which language's page matched does not matter. The index is named
 * by its absolute URL: Pagefind skips merging a path that starts like its own ("/pagefind/"), the same files.
 */
function withChineseIndex(pf: Pagefind, base: string): Promise<void> {
  if (LANGS[asLang(document.documentElement.lang)].pagefind === CHINESE_INDEX) return Promise.resolve();
  chineseIndex ??= pf.mergeIndex(new URL(withBase(base, 'pagefind/'), location.href).href, { language: CHINESE_INDEX });
  return chineseIndex;
}

let segmenter: Intl.Segmenter | undefined;

/**
 * The query as words apart ("身份证" → "身份 证"), as the index holds Chinese text: Pagefind leaves a query the
 * browser does not split whole, and a whole "身份证" matches no indexed word. The segmenter is made on first use:
 * making one loads the browser's Chinese dictionary, tens of milliseconds of the main thread.
 */
function spaced(text: string): string {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(text)]
    .map((s) => s.segment.trim())
    .filter(Boolean)
    .join(' ');
}

/**
 * The codes of the rows Pagefind matched for `words`, those matched in their meaning first (see rowsMatched). Rejects
 * when any of Pagefind's files failed to load meanwhile, rather than answer from part of the index: the view says
 * search is unavailable, and the next search loads Pagefind afresh.
 */
export async function matchedCodes(base: string, words: string): Promise<string[]> {
  countFailures(new URL(withBase(base, 'pagefind/'), location.href).href);
  const before = failures;
  try {
    const codes = await rowsMatched(base, words);
    if (failures !== before) throw new Error('a file of the search index failed to load');
    return codes;
  } catch (error) {
    drop();
    throw error;
  }
}

/**
 * The codes of the rows Pagefind matched for `words`, those matched in their meaning first. Pages holding the
 * words as one phrase (Pagefind's exact search) are read first, then the others, best first; each page's rows come
 * from the plain search, whose matches carry their weight (above 1 in a meaning, 1 in advice).
 */
async function rowsMatched(base: string, words: string): Promise<string[]> {
  // Pagefind downloads while the query is split into words.
  const loading = loadPagefind(base);
  const query = spaced(words);
  const pf = await loading;
  if (HAN.test(words)) await withChineseIndex(pf, base);
  const [phrase, plain] = await Promise.all([pf.search(`"${query}"`), pf.search(query)]);
  const byId = new Map((plain?.results ?? []).map((page) => [page.id, page]));
  const withPhrase = (phrase?.results ?? []).map((page) => page.id).filter((id) => byId.has(id));
  const ids = [...new Set([...withPhrase, ...byId.keys()])];
  const pages = ids.flatMap((id) => byId.get(id) ?? []).slice(0, MOST_PAGES);
  // A row counts as matched in its meaning when its meaning holds as many matches as the query has words.
  const wordCount = query.split(' ').length;
  const inMeaning: string[] = [];
  const inAdvice: string[] = [];
  const more = (start: number) => start < withPhrase.length || inMeaning.length < RESULT_LIMIT;
  for (let start = 0; start < pages.length && more(start); start += PAGES_AT_A_TIME) {
    const read = await Promise.all(pages.slice(start, start + PAGES_AT_A_TIME).map((page) => page.data()));
    for (const { sub_results } of read) {
      for (const row of sub_results) {
        const list = row.weighted_locations.filter((l) => l.weight > 1).length >= wordCount ? inMeaning : inAdvice;
        list.push(...row.title.split(' ').filter(isCode));
      }
    }
  }
  // Twice a list of results is enough to order; each further code could cost the fetch of its lookup shard.
  return [...new Set([...inMeaning, ...inAdvice])].slice(0, 2 * RESULT_LIMIT);
}
