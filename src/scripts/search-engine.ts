// Ships to the browser, but only when someone starts to search: the code lookup, Pagefind and the result list.
import { codeOutcome, RESULT_LIMIT, textOutcome, type ResultItem, type SearchOutcome } from '../lib/search-results';
import { asLang, format, LANGS, plural } from '../lib/i18n';
import { searchHref, withBase } from '../lib/paths';
import { TEXT_QUERY_LIMIT } from '../lib/query-limit';
import { plainReading, shareQuery } from '../lib/paste-reading';
import type { PasteReading } from '../lib/read-paste';
import { echo, el, fill, link, official, tableName } from './dom';
import { loadLookup, loadLookupWithOtherSigns, loadPrefix } from './lookup-index';
import { searchWords, type ResultStrings, type Words } from './result-strings';

export { loadLookup, searchWords };

/**
 * The reading of `input`: a plainly typed code or Chinese words are read here; anything else by the paste reader,
 * loaded on first need (a first exact-code lookup or phrase search downloads no reader).
 */
async function read(input: string): Promise<PasteReading> {
  return plainReading(input) ?? (await import('./read-paste-async')).readPasteAsync(input);
}

/** Where the site is: `base` for its files (pagefind/, lookup/), `root` for the pages of the page's language. */
export interface Site {
  base: string;
  root: string;
}

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
 * Reading a table page's matched rows fetches its text (a few KB): pages are read two at a time, at most five per
 * search, and only until a list of results has matches in the meaning.
 */
const PAGES_AT_A_TIME = 2;
const MOST_PAGES = 5;
const CODE = /^-?\d+$/;
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(base: string): Promise<Pagefind> {
  pagefind ??= (async () => {
    // Pagefind's own module, built beside the site: typed here by the little of it the search uses.
    const pf: Pagefind = await import(/* @vite-ignore */ withBase(base, 'pagefind/pagefind.js'));
    // Pagefind knows paths from the site root only; the base path makes its URLs right under a sub-path.
    // No worker: for an index this small, starting one costs more time than searching on the main thread.
    await pf.options({ baseUrl: base, noWorker: true });
    await pf.init();
    return pf;
  })();
  // A failed load (a flaky network) is forgotten, so the next search tries again.
  pagefind.catch(() => {
    pagefind = undefined;
  });
  return pagefind;
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
  chineseIndex.catch(() => {
    chineseIndex = undefined;
  });
  return chineseIndex;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * The query as words apart ("身份证" → "身份 证"), as the index holds Chinese text: Pagefind leaves a query the
 * browser does not split whole, and a whole "身份证" matches no indexed word.
 */
function spaced(text: string): string {
  return [...segmenter.segment(text)]
    .map((s) => s.segment.trim())
    .filter(Boolean)
    .join(' ');
}

/**
 * The codes of the rows Pagefind matched for `words`, those matched in their meaning first. Pages holding the
 * words as one phrase (Pagefind's exact search) are read first, then the others, best first; each page's rows come
 * from the plain search, whose matches carry their weight (above 1 in a meaning, 1 in advice).
 */
async function matchedCodes(base: string, words: string): Promise<string[]> {
  const pf = await loadPagefind(base);
  if (HAN.test(words)) await withChineseIndex(pf, base);
  const query = spaced(words);
  const [phrase, plain] = await Promise.all([pf.search(`"${query}"`), pf.search(query)]);
  const byId = new Map((plain?.results ?? []).map((page) => [page.id, page]));
  const ids = [...new Set([...(phrase?.results ?? []).map((page) => page.id), ...byId.keys()])];
  const pages = ids.flatMap((id) => byId.get(id) ?? []).slice(0, MOST_PAGES);
  // A row counts as matched in its meaning when its meaning holds as many matches as the query has words.
  const wordCount = query.split(' ').length;
  const inMeaning: string[] = [];
  const inAdvice: string[] = [];
  for (let start = 0; start < pages.length && inMeaning.length < RESULT_LIMIT; start += PAGES_AT_A_TIME) {
    const read = await Promise.all(pages.slice(start, start + PAGES_AT_A_TIME).map((page) => page.data()));
    for (const { sub_results } of read) {
      for (const row of sub_results) {
        const list = row.weighted_locations.filter((l) => l.weight > 1).length >= wordCount ? inMeaning : inAdvice;
        list.push(...row.title.split(' ').filter((code) => CODE.test(code)));
      }
    }
  }
  // Twice a list of results is enough to order; each further code could cost the fetch of its lookup shard.
  return [...new Set([...inMeaning, ...inAdvice])].slice(0, 2 * RESULT_LIMIT);
}

/**
 * Runs one search. The paste is read once (src/lib/read-paste.ts): the codes in it are looked up exactly in the code
 * lookup's shards and never sent to Pagefind, which would answer an undocumented number with the nearest indexed
 * one; a lone sign or a partial code never loads Pagefind. Words go to Pagefind (the index of the page's language);
 * `text` forces words. The codes of the rows Pagefind matched are then read with their lookup entries.
 */
export async function search(
  { base, root }: Site,
  input: string,
  { text = false }: { text?: boolean } = {},
): Promise<SearchOutcome> {
  const reading = await read(input);
  if (reading.empty) return { kind: 'empty' };
  if (!text) {
    // A code-like paste never goes to Pagefind; a sentence whose only numbers are undocumented does.
    const sure =
      reading.codeish ||
      reading.codes.some((c) => c.key !== undefined) ||
      reading.bits.length > 0 ||
      reading.warnings.length > 0;
    if (sure || reading.codes.length > 0 || reading.ignored.some((i) => i.kind === 'api-error-code')) {
      const [only] = reading.codes;
      const typed =
        reading.codeish && reading.codes.length === 1 && only && only.key === undefined ? only.code : undefined;
      const [index, prefix] = await Promise.all([
        loadLookupWithOtherSigns(
          base,
          reading.codes.map((c) => c.code),
        ),
        typed === undefined ? undefined : loadPrefix(base, typed),
      ]);
      const outcome = codeOutcome(
        root,
        prefix ? { tables: index.tables, codes: { ...index.codes, ...prefix.index.codes } } : index,
        reading,
      );
      if (prefix) {
        // The listing may come from the first shards only: the count is the manifest's.
        const others = prefix.count - (outcome.answers.some((a) => a.code === typed && a.codePage) ? 1 : 0);
        outcome.moreStartingWith = Math.max(0, others - outcome.startingWith.length);
      }
      if (sure || outcome.apiErrorCodes.length > 0 || outcome.answers.some((a) => a.codePage || a.otherSign))
        return outcome;
    }
  }
  const words = reading.text.slice(0, TEXT_QUERY_LIMIT);
  const codes = await matchedCodes(base, words);
  return textOutcome(root, await loadLookup(base, codes), words, codes);
}

/**
 * Where Enter in the header box goes: the code's page for a documented code, else the search page (of the page's
 * language, under `root`) with only the codes and warnings read (or the words, capped), so a long paste never makes
 * a huge URL.
 */
export async function submitHref(root: string, input: string, outcome: SearchOutcome): Promise<string> {
  const page = firstCodePage(outcome);
  if (page) return page;
  const reading = await read(input);
  return searchHref(root, shareQuery(reading) || reading.text.slice(0, TEXT_QUERY_LIMIT));
}

/** The page of the first documented code of an outcome. */
function firstCodePage(outcome: SearchOutcome): string | undefined {
  return outcome.kind === 'codes' ? outcome.answers.find((a) => a.codePage)?.codePage : undefined;
}

const NOTE = 'px-3 py-2 text-sm text-neutral-800 dark:text-neutral-200';

/** The words of the results (the page language's) and the language, for its plurals and meanings. */
type View = Words<Pick<ResultStrings, 'search' | 'setAside'>>;

/**
 * One result: the code, its meaning in the page's language (on English pages our English, then the official
 * Chinese, which logs carry), and where it comes from.
 */
function itemLink({ t: { search: t }, lang }: View, item: ResultItem): HTMLLIElement {
  const where = typeof item.where === 'number' ? [plural(lang, t.tables, item.where)] : tableName(lang, item.where);
  const a = el(
    'a',
    'block px-3 py-2 no-underline hover:bg-accent-50 focus:bg-accent-50 focus:outline-none dark:hover:bg-neutral-800 dark:focus:bg-neutral-800',
    el('span', 'font-mono font-semibold text-accent-700 dark:text-accent-300', item.code),
    ' ',
    el('span', 'text-neutral-900 dark:text-neutral-100', ...official(lang, item.message, item.en)),
    el('span', 'block text-xs text-neutral-700 dark:text-neutral-300', ...where),
  );
  a.href = item.href;
  a.dataset['result'] = '';
  return el('li', '', a);
}

const list = (view: View, items: ResultItem[]) =>
  el('ul', 'divide-y divide-neutral-200 dark:divide-neutral-800', ...items.map((item) => itemLink(view, item)));
const note = (...children: (Node | string)[]) => el('p', NOTE, ...children);

function resultLink(href: string, ...children: (Node | string)[]): HTMLParagraphElement {
  const a = link(href, ...children);
  a.dataset['result'] = '';
  return el('p', 'px-3 py-2 text-sm', a);
}

/**
 * Renders an outcome into `container` (as text nodes only; the reader's text as echo()) in the words of the page's
 * language (searchWords()), and returns a one-line summary for screen readers.
 */
export function render(container: HTMLElement, outcome: SearchOutcome, view: View): string {
  const { lang } = view;
  const t = view.t.search;
  container.replaceChildren();
  if (outcome.kind === 'empty') return '';
  if (outcome.kind === 'text') {
    if (outcome.items.length === 0) {
      container.append(note(...fill(t.nothing, { text: echo(outcome.text) })));
      return t.noResults;
    }
    container.append(list(view, outcome.items));
    return plural(lang, t.results, outcome.items.length);
  }
  for (const a of outcome.answers) {
    const code = fill(a.key !== undefined ? t.codeFrom : outcome.plain ? t.code : t.codeRead, {
      code: echo(a.code),
      ...(a.key !== undefined ? { key: echo(a.key) } : {}),
    });
    if (a.codePage) {
      container.append(
        resultLink(a.codePage, ...code, plural(lang, t.allMeanings, a.items.length)),
        list(view, a.items),
      );
    } else if (a.otherSign) {
      container.append(
        note(...code, t.notDocumented, format(t.otherSign, { code: a.otherSign.code })),
        list(view, a.otherSign.items),
      );
    } else {
      container.append(note(...code, t.notDocumented));
    }
  }
  for (const code of outcome.apiErrorCodes) container.append(note(...fill(t.apiErrorCode, { code: echo(code) })));
  if (outcome.decoder) container.append(resultLink(outcome.decoder, t.decoder));
  const [first] = outcome.answers;
  if (outcome.startingWith.length > 0 && first) {
    container.append(note(format(t.startingWith, { code: first.code })), list(view, outcome.startingWith));
    if (outcome.moreStartingWith > 0) container.append(note(format(t.more, { n: outcome.moreStartingWith })));
  }
  const ignored = outcome.ignored.filter((k) => k !== 'field');
  if (ignored.length > 0)
    container.append(note(format(t.ignored, { kinds: ignored.map((k) => view.t.setAside[k]).join(t.separator) })));
  const documented = outcome.answers.filter((a) => a.codePage);
  // Lone numbers in words ("最多支持20个url") may be part of a phrase: the text search stays one click away.
  const sure = outcome.plain || outcome.answers.some((a) => a.key !== undefined);
  if (documented.length === 0 || !sure) container.append(resultLink(outcome.textSearch, t.textInstead));
  const [only] = documented;
  if (documented.length === 1 && only) return plural(lang, t.summaryOne, only.items.length, { code: only.code });
  if (documented.length > 1) return format(t.summaryMany, { n: documented.length });
  return first ? format(t.summaryNone, { code: first.code }) : t.summaryNothing;
}
