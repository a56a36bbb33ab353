// Ships to the browser, but only when someone starts to search: the code lookup and the result list (Pagefind,
// for words, loads apart: text-search.ts).
import { codeOutcome, textOutcome, type ResultItem, type SearchOutcome } from '../lib/search-results';
import { format, plural } from '../lib/i18n';
import { searchHref } from '../lib/paths';
import { isNumericCode } from '../lib/codes';
import { capText } from '../lib/search-words';
import { plainReading } from '../lib/paste-reading';
import type { PasteReading } from '../lib/read-paste';
import { echo, el, fill, link, meaning, mixed } from './dom';
import { chunk } from './import-chunk';
import { loadLookup, loadLookupWithOtherSigns, loadPrefix } from './lookup-index';
import { searchWords, type ResultStrings, type Words } from './result-strings';

export { searchWords };

// The words of the results load while the first search fetches its data, not after it (a failure is retried by the
// next call).
searchWords().catch(() => undefined);

const loadReader = chunk(() => import('./read-paste-async'));
const loadTextSearch = chunk(() => import('./text-search'));

/**
 * The reading of `input`: a plainly typed code or Chinese words are read here; anything else by the paste reader,
 * loaded on first need (a first exact-code lookup or phrase search downloads no reader).
 */
async function read(input: string): Promise<PasteReading> {
  return plainReading(input) ?? (await loadReader()).readPasteAsync(input);
}

/** Where the site is: `base` for its files (pagefind/, lookup/), `root` for the pages of the page's language. */
export interface Site {
  base: string;
  root: string;
}

/**
 * Whether a code read from a paste is worth an answer on its own: one under a code field, a signed number, a name,
 * or a number of four digits or more. A short number among words ("最多支持20个url") is part of the words.
 */
const standsAlone = (c: { code: string; key?: string }) =>
  c.key !== undefined || c.code.startsWith('-') || !isNumericCode(c.code) || c.code.length >= 4;

/**
 * Runs one search. The paste is read once (src/lib/read-paste.ts): the codes in it are looked up exactly in the code
 * lookup's shards (an API 3.0 name in any letter case) and never sent to Pagefind, which would answer an undocumented
 * number with the nearest indexed one; a lone sign or a partial code never loads Pagefind. Words go to Pagefind (the
 * index of the page's language); `text` forces words. The codes of the rows Pagefind matched are then read with their
 * lookup entries. Every outcome says what an address may carry for it (`shared`): never the paste itself.
 */
export async function search(
  { base, root }: Site,
  input: string,
  { text = false }: { text?: boolean } = {},
): Promise<SearchOutcome> {
  const reading = await read(input);
  if (reading.empty) return { kind: 'empty' };
  if (!text) {
    // A code-like paste never goes to Pagefind; a sentence whose only numbers are undocumented, or short numbers
    // among its words, does.
    const sure =
      reading.codeish ||
      reading.codes.some((c) => c.key !== undefined) ||
      reading.bits.length > 0 ||
      reading.warnings.length > 0;
    const candidates = sure || !reading.wordy ? reading.codes : reading.codes.filter(standsAlone);
    if (sure || candidates.length > 0) {
      const outcome = await codeSearch(base, root, { ...reading, codes: candidates });
      if (sure || outcome.answers.some((a) => a.codePage || a.otherSign)) return outcome;
    }
  }
  const words = capText(reading.text);
  // The lookup's manifest loads while Pagefind searches: the codes it finds then cost only their shards.
  const [codes] = await Promise.all([
    loadTextSearch().then((module) => module.matchedCodes(base, words)),
    loadLookup(base, []),
  ]);
  return textOutcome(root, await loadLookup(base, codes), words, codes);
}

/** The answers to the codes of a reading, with the codes a plainly typed partial code starts. */
async function codeSearch(base: string, root: string, reading: PasteReading) {
  const [only] = reading.codes;
  const typed = reading.codeish && reading.codes.length === 1 && only && only.key === undefined ? only.code : undefined;
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
  return outcome;
}

/**
 * Where Enter in the header box goes: the code's page for a documented code, else the search page (of the page's
 * language, under `root`) with what an address may carry; undefined when it may carry nothing (a paste with nothing
 * decoded): the results stay where they are, and the paste stays on the device.
 */
export function submitHref(root: string, outcome: SearchOutcome): string | undefined {
  if (outcome.kind === 'empty') return undefined;
  const codePage = outcome.kind === 'codes' ? outcome.answers.find((a) => a.codePage)?.codePage : undefined;
  return codePage ?? (outcome.shared ? searchHref(root, outcome.shared) : undefined);
}

const NOTE = 'px-3 py-2 text-sm text-neutral-800 dark:text-neutral-200';

/** The words of the results (the page language's) and the language, for its plurals and meanings. */
type View = Words<Pick<ResultStrings, 'search' | 'setAside'>>;

/**
 * One result: the code, its meaning in the page's language (on English pages our English, then the official
 * Chinese, which logs carry), and where it comes from.
 */
function itemLink({ t: { search: t }, lang }: View, item: ResultItem): HTMLLIElement {
  const where =
    typeof item.where === 'number'
      ? [plural(lang, t.tables, item.where)]
      : [...mixed(lang, item.where.name), item.where.deprecated ? t.deprecated : ''];
  const a = el(
    'a',
    'block px-3 py-2 no-underline hover:bg-accent-50 focus:bg-accent-50 focus:outline-none dark:hover:bg-neutral-800 dark:focus:bg-neutral-800',
    el('span', 'font-mono font-semibold break-words text-accent-700 dark:text-accent-300', item.code),
    ' ',
    el('span', 'text-neutral-900 dark:text-neutral-100', ...meaning(lang, item)),
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
  if (outcome.decoder) container.append(resultLink(outcome.decoder, t.decoder));
  const [first] = outcome.answers;
  if (outcome.startingWith.length > 0 && first) {
    container.append(note(format(t.startingWith, { code: first.code })), list(view, outcome.startingWith));
    if (outcome.moreStartingWith > 0) container.append(note(format(t.more, { n: outcome.moreStartingWith })));
  }
  if (outcome.cut > 0) container.append(note(plural(lang, t.cut, outcome.cut)));
  const ignored = outcome.ignored.filter((k) => k !== 'field');
  if (ignored.length > 0)
    container.append(note(format(t.ignored, { kinds: ignored.map((k) => view.t.setAside[k]).join(t.separator) })));
  const documented = outcome.answers.filter((a) => a.codePage);
  // Lone numbers in words ("最多支持20个url") may be part of a phrase: the text search stays one click away.
  const sure = outcome.plain || outcome.answers.some((a) => a.key !== undefined);
  if (outcome.textSearch && (documented.length === 0 || !sure))
    container.append(resultLink(outcome.textSearch, t.textInstead));
  const [only] = documented;
  if (documented.length === 1 && only) return plural(lang, t.summaryOne, only.items.length, { code: only.code });
  if (documented.length > 1) return format(t.summaryMany, { n: documented.length });
  return first ? format(t.summaryNone, { code: first.code }) : t.summaryNothing;
}
