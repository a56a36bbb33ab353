// Ships to the browser, lazily, on the first decode: reads the paste, explains it, and renders the result as text
// nodes only, a few blocks at a time so a long paste never holds the page.
import {
  countWarnings,
  decodeReading,
  type DecodedCode,
  type Decoded,
  type DecodeResult,
  type PositionInfo,
} from '../lib/decode-warnings';
import { format, plural, type Lang } from '../lib/i18n';
import { codePageHref, decoderHref, positionAnchor, QUERY_PARAM, rowHref } from '../lib/paths';
import { shareValues } from '../lib/paste-reading';
import type { NotBits } from '../lib/read-paste';
import { copyText } from './clipboard';
import { echo, el, fill, link, meaning, mixed, nextFrame } from './dom';
import { shownIn } from '../lib/texts';
import { loadLookupWithOtherSigns } from './lookup-index';
import { meaningsOf } from '../lib/lookup-codes';
import { readPasteAsync } from './read-paste-async';
import { decoderWords, searchWords, type ResultStrings } from './result-strings';

/** 1000000 → "1,000,000" (toLocaleString would load the locale data first, a long task of its own). */
function thousands(n: number): string {
  const digits = String(n);
  let out = '';
  for (let i = 0; i < digits.length; i++) out += (i > 0 && (digits.length - i) % 3 === 0 ? ',' : '') + digits[i];
  return out;
}

/** The decoder's words, and how the paste reader's kinds of set-aside values are named. */
type DecoderStrings = ResultStrings['decoder'] & { setAside: ResultStrings['setAside'] };

/** How the view words things: the page language's strings, the language, and where links go. */
interface View {
  t: DecoderStrings;
  lang: Lang;
  /** The pages of the page's language ("/" or "/en/", with the base path). */
  root: string;
  /** The table page that explains the ID-card positions. */
  positionsPage: string;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isWords = (x: unknown): x is Record<string, string> =>
  isRecord(x) && Object.values(x).every((v) => typeof v === 'string' || v === null);

/** Parses the positions the page embeds, keeping only well-formed entries (of a provenance `t` has words for). */
function readPositions(json: string | undefined, t: DecoderStrings): PositionInfo[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const isProvenance = (x: unknown): x is PositionInfo['provenance'] =>
    typeof x === 'string' && Object.hasOwn(t.provenance, x);
  return parsed.flatMap((p: unknown): PositionInfo[] => {
    if (!isRecord(p) || typeof p['position'] !== 'number' || !isProvenance(p['provenance'])) return [];
    const m = p['meaning'];
    const meaningText =
      isRecord(m) && isWords(m['official']) && isWords(m['ours'])
        ? { official: m['official'], ours: m['ours'] }
        : undefined;
    return [{ position: p['position'], provenance: p['provenance'], ...(meaningText ? { meaning: meaningText } : {}) }];
  });
}

function positionItem(view: View, p: PositionInfo) {
  const { t } = view;
  const shown = p.meaning && shownIn(p.meaning, view.lang);
  const words = shown
    ? meaning(view.lang, { text: shown.text, ...(shown.original ? { original: shown.original.text } : {}) })
    : [el('em', '', t.undocumentedPosition)];
  return el(
    'li',
    '',
    ...fill(t.position, {
      n: p.position,
      meaning: el('span', '', ...words),
      provenance: t.provenance[p.provenance],
      about: link(`${view.positionsPage}#${positionAnchor(p.position)}`, format(t.aboutPosition, { n: p.position })),
    }),
  );
}

function meaningsOfCode(view: View, code: string, meanings: DecodedCode['meanings']): (Node | string)[] {
  const { t, root } = view;
  const [only] = meanings;
  if (meanings.length === 1 && only) {
    return [
      ...fill(t.codeMeaning, {
        code: link(rowHref(root, only.tableId, code), code),
        meaning: el('span', '', ...meaning(view.lang, only)),
        table: el('span', '', ...mixed(view.lang, only.name)),
      }),
      only.kind === 'warnings' ? t.advisoryTag : '',
    ];
  }
  const list = el('ul', 'list-disc ps-5');
  for (const m of meanings)
    list.append(
      el(
        'li',
        '',
        ...fill(t.meaningIn, {
          meaning: el('span', '', ...meaning(view.lang, m)),
          table: link(rowHref(root, m.tableId, code), ...mixed(view.lang, m.name)),
        }),
      ),
    );
  return [link(codePageHref(root, code), code), plural(view.lang, t.meanings, meanings.length), list];
}

function codeItem(view: View, c: DecodedCode) {
  if (c.meanings.length > 0) return el('li', '', ...meaningsOfCode(view, c.code, c.meanings));
  const item = el('li', '', echo(c.code), view.t.notDocumented);
  if (c.otherSign)
    item.append(
      format(view.t.otherSign, { code: c.otherSign.code }),
      ...meaningsOfCode(view, c.otherSign.code, c.otherSign.meanings),
    );
  return item;
}

/** Why a value is not an ID-card warning string, in words. */
function notBitsReasons(t: DecoderStrings, b: NotBits): string {
  const wrong = b.wrong.map((w) => format(t.notBitsChar, { position: w.position, char: w.char }));
  return [
    ...(b.length !== 8 ? [format(t.notBitsLength, { n: b.length })] : []),
    ...(wrong.length ? [format(t.notBitsAllowed, { chars: wrong.join(t.separator) })] : []),
  ].join(t.reasonSeparator);
}

/** One result block, and the work of filling it: long lists are filled a few items per step. */
function itemBlock(view: View, item: Decoded): [HTMLElement, (() => void)[]] {
  const { t } = view;
  const block = el('div', 'mt-3');
  const steps: (() => void)[] = [];
  if (item.field !== undefined) {
    const field = el('code', 'font-mono', echo(item.field));
    const side = item.kind === 'bits' && item.side ? t[item.side] : undefined;
    block.append(
      el('p', 'font-medium', ...fill(side ? t.fromFieldSide : t.fromField, { field, ...(side ? { side } : {}) })),
    );
  }
  if (item.kind === 'bits') {
    block.append(el('p', '', ...fill(t.bitsTitle, { value: el('code', 'font-mono', item.value) })));
    if (item.raised.length === 0) block.append(el('p', '', t.noBits));
    else block.append(el('ul', 'list-disc ps-5', ...item.raised.map((p) => positionItem(view, p))));
  } else if (item.codes.length === 0) {
    block.append(el('p', '', t.emptyList));
  } else {
    if (item.field === undefined) block.append(el('p', 'font-medium', item.warning ? t.warningList : t.codesList));
    const list = el('ul', 'list-disc ps-5');
    block.append(list);
    const shown = item.codes.slice(0, MAX_SHOWN);
    for (let i = 0; i < shown.length; i += 10)
      steps.push(() => list.append(...shown.slice(i, i + 10).map((c) => codeItem(view, c))));
    if (item.codes.length > MAX_SHOWN)
      steps.push(() => block.append(el('p', '', format(t.more, { n: item.codes.length - MAX_SHOWN }))));
  }
  return [block, steps];
}

/** Runs `steps` in order, yielding to the browser whenever a frame's worth of time is spent; false when cancelled. */
async function runInSteps(steps: (() => void)[], current: () => boolean): Promise<boolean> {
  let start = performance.now();
  for (const step of steps) {
    if (performance.now() - start > 8) {
      await nextFrame();
      if (!current()) return false;
      start = performance.now();
    }
    step();
  }
  return true;
}

function summary({ t, lang }: View, result: DecodeResult): string {
  if (result.empty) return t.empty;
  const strings = result.items.filter((i) => i.kind === 'bits').length;
  const codes = result.items.reduce((n, i) => n + (i.kind === 'codes' ? i.codes.length : 0), 0);
  if (result.items.length === 0) {
    const [first] = result.notBits;
    return first ? format(t.notBits, { value: first.value, reasons: notBitsReasons(t, first) }) : t.nothing;
  }
  const warnings = countWarnings(result);
  const parts = [
    warnings === 0 ? t.noWarnings : plural(lang, t.warnings, warnings),
    ...(strings > 0 ? [plural(lang, t.strings, strings)] : []),
    ...(codes > 0 ? [plural(lang, t.codes, codes)] : []),
  ];
  return format(t.found, { parts: parts.join(t.separator) });
}

let rendering = 0;
/** Most result blocks, and most codes in one block, shown: a page of results, not a second copy of the paste. */
const MAX_SHOWN = 50;

/**
 * Reads `input` for the decoder element `host` and shows the result; puts only the decoded values in the URL.
 * Rejects when the code lookup or the words of the results could not load.
 */
export async function show(host: HTMLElement, input: string) {
  const run = ++rendering;
  const base = host.dataset['base'] ?? '/';
  const root = host.dataset['root'] ?? '/';
  const positionsPage = host.dataset['positionsPage'] ?? '';
  const status = host.querySelector<HTMLElement>('[data-decoder-status]');
  const out = host.querySelector<HTMLElement>('[data-decoder-result]');
  if (!status || !out) return;
  const reading = await readPasteAsync(input);
  if (run !== rendering) return;
  // A failed load throws: the element says so in the words it got from the page.
  const [lookup, words, searchStrings] = await Promise.all([
    loadLookupWithOtherSigns(
      base,
      reading.codes.map((c) => c.code),
    ),
    decoderWords(),
    searchWords(), // how the kinds of values set aside are named
  ]);
  const view: View = {
    t: { ...words.t, setAside: searchStrings.t.setAside },
    lang: words.lang,
    root,
    positionsPage,
  };
  const { t } = view;
  await nextFrame(); // each step its own task
  if (run !== rendering) return;
  const result = decodeReading(reading, { positions: readPositions(host.dataset['positions'], t), lookup });
  await nextFrame();
  if (run !== rendering) return;
  status.textContent = summary(view, result);
  out.replaceChildren();

  const notes = el('div', 'mt-3 text-sm');
  if (result.capped) {
    const { read, total } = result.capped;
    notes.append(el('p', 'font-medium', format(t.capped, { read: thousands(read), total: thousands(total) })));
  }
  if (result.cut > 0) notes.append(el('p', 'font-medium', plural(view.lang, t.cut, result.cut)));
  if (result.items.length > 0)
    for (const b of result.notBits)
      notes.append(el('p', '', ...fill(t.notBits, { value: echo(b.value), reasons: notBitsReasons(t, b) })));
  if (notes.childElementCount > 0) out.append(notes);

  // In steps of a few milliseconds: a paste with hundreds of codes renders without one long task.
  const steps = result.items.slice(0, MAX_SHOWN).flatMap((item) => {
    const [block, filling] = itemBlock(view, item);
    return [() => void out.append(block), ...filling];
  });
  if (result.items.length > MAX_SHOWN)
    steps.push(() => void out.append(el('p', 'mt-3', format(t.more, { n: result.items.length - MAX_SHOWN }))));
  if (!(await runInSteps(steps, () => run === rendering))) return;
  if (countWarnings(result) > 0) out.append(el('p', 'mt-3 text-sm text-neutral-700 dark:text-neutral-300', t.advisory));
  if (result.ignored.length > 0) {
    const list = el('ul', 'list-disc ps-5');
    for (const x of result.ignored.slice(0, 20))
      list.append(
        el('li', '', echo(x.value.length > 60 ? `${x.value.slice(0, 60)}…` : x.value), ` — ${t.setAside[x.kind]}`),
      );
    out.append(el('div', 'mt-3 text-sm text-neutral-700 dark:text-neutral-300', el('p', '', t.ignoredTitle), list));
  }

  shareResult(view, status, out, shareValues(reading, { documented: (code) => meaningsOf(lookup, code).length > 0 }));
}

/** Puts only what was decoded into the address bar and offers it as a link to copy: never the paste itself. */
function shareResult(
  view: View,
  status: HTMLElement,
  out: HTMLElement,
  { query, left }: { query: string; left: number },
) {
  const { t } = view;
  const url = new URL(location.href);
  if (query) url.searchParams.set(QUERY_PARAM, query);
  else url.searchParams.delete(QUERY_PARAM);
  history.replaceState(history.state, '', url);
  if (!query) return;
  const shared = new URL(decoderHref(view.root, query), location.href);
  const copy = link(shared.href, t.copy);
  copy.dataset['copyResult'] = '';
  copy.addEventListener('click', async (event) => {
    event.preventDefault();
    status.textContent = format((await copyText(shared.href)) ? t.copied : t.copyFailed, { href: shared.href });
  });
  out.append(el('p', 'mt-3', copy));
  if (left > 0)
    out.append(el('p', 'text-sm text-neutral-700 dark:text-neutral-300', plural(view.lang, t.linkShort, left)));
}
