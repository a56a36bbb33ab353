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
import { PROVENANCE_LABEL } from '../lib/provenance-label';
import { codePageHref, decoderHref, positionAnchor, rowHref } from '../lib/paths';
import { shareQuery, type NotBits } from '../lib/read-paste';
import { copyText, echo, el, link, nextFrame, zh } from './dom';
import { IGNORED_WORDS } from './paste-words';
import { loadLookupWithOtherSigns } from './lookup-index';
import { readPasteAsync } from './read-paste-async';

/** 1000000 → "1,000,000" (toLocaleString would load the locale data first, a long task of its own). */
function thousands(n: number): string {
  const digits = String(n);
  let out = '';
  for (let i = 0; i < digits.length; i++) out += (i > 0 && (digits.length - i) % 3 === 0 ? ',' : '') + digits[i];
  return out;
}

// Every sentence this view shows, in one place.
const T = {
  advisory:
    'These warnings are advisory: the call succeeded and recognition ran. Whether to accept the image is your decision.',
  nothing:
    'Nothing here is an ID-card warning string (8 zeros and ones), a warning code or a code the tables know. Paste a response, a log line, a warning string such as 10010100, or codes such as [-9110,-9111].',
  empty:
    'Paste something to decode: a response, a log line, a warning string such as 10010100, or codes such as [-9110,-9111].',
  loadFailed: (error: string) => `The decoder could not load its data (${error}). Press Decode to try again.`,
  capped: (read: number, total: number) =>
    `Only the first ${thousands(read)} of ${thousands(total)} characters were read: paste just the response or the log line.`,
  found: (warnings: number, strings: number, codes: number) => {
    const parts = [
      `${warnings === 0 ? 'no' : warnings} warning${warnings === 1 ? '' : 's'}`,
      ...(strings > 0 ? [`${strings} ID-card warning string${strings === 1 ? '' : 's'}`] : []),
      ...(codes > 0 ? [`${codes} code${codes === 1 ? '' : 's'}`] : []),
    ];
    return `Found ${parts.join(', ')}.`;
  },
  fromField: 'From field ',
  side: { front: 'front side', back: 'back side' },
  bitsTitle: 'ID-card warning string ',
  noBits: 'No warnings: all 8 positions are 0.',
  position: (n: number) => `Position ${n}: `,
  aboutPosition: (n: number) => `About position ${n}`,
  undocumentedPosition: 'not documented: no meaning is known for this position',
  emptyList: 'Empty: no warning.',
  warningList: 'Warning codes:',
  codesList: 'Codes:',
  notDocumented: ': not in any documented table.',
  otherSign: (other: string) => ` Did a minus get lost or added? ${other}, a different code, is documented: `,
  meanings: (n: number) => `: ${n} meaning${n === 1 ? '' : 's'}, one per table:`,
  advisoryTag: ' (advisory warning)',
  notBits: (b: NotBits) => {
    const wrong = b.wrong.map((w) => `position ${w.position} is “${w.char}”`);
    const parts = [
      ...(b.length !== 8 ? [`it has ${b.length} characters, not 8`] : []),
      ...(wrong.length ? [`${wrong.join(', ')}; only 0 and 1 are allowed`] : []),
    ];
    return `is not an ID-card warning string: ${parts.join('; ')}.`;
  },
  ignoredTitle: 'Set aside (never read as codes):',
  copy: 'Copy link to this result',
  more: (n: number) => `…and ${n} more, not shown: paste less to see them.`,
  copied: (href: string) => `Link copied: ${href}`,
  copyFailed: (href: string) => `Could not copy; the link is ${href}`,
};

/** Parses the positions the page embeds, keeping only well-formed entries. */
function readPositions(json: string | undefined): PositionInfo[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const isProvenance = (x: unknown): x is PositionInfo['provenance'] =>
    typeof x === 'string' && Object.hasOwn(PROVENANCE_LABEL, x);
  return parsed.flatMap((p: unknown): PositionInfo[] => {
    if (typeof p !== 'object' || p === null) return [];
    const { position, meaning, en, provenance, evidence }: Record<string, unknown> = Object.fromEntries(
      Object.entries(p),
    );
    if (typeof position !== 'number' || typeof evidence !== 'string' || !isProvenance(provenance)) return [];
    if (typeof en !== 'object' || en === null) return [];
    const english: Record<string, unknown> = Object.fromEntries(Object.entries(en));
    if (typeof english['evidence'] !== 'string') return [];
    const enMeaning = english['meaning'];
    return [
      {
        position,
        provenance,
        evidence,
        ...(typeof meaning === 'string' ? { meaning } : {}),
        en: { evidence: english['evidence'], ...(typeof enMeaning === 'string' ? { meaning: enMeaning } : {}) },
      },
    ];
  });
}

function positionItem(positionsPage: string, p: PositionInfo) {
  const meaning = p.meaning
    ? [zh(p.meaning), p.en?.meaning ? ` (${p.en.meaning})` : '']
    : [el('em', '', T.undocumentedPosition)];
  return el(
    'li',
    '',
    T.position(p.position),
    ...meaning,
    ` — ${PROVENANCE_LABEL[p.provenance].toLowerCase()}. `,
    link(`${positionsPage}#${positionAnchor(p.position)}`, T.aboutPosition(p.position)),
  );
}

function meaningsOfCode(base: string, code: string, meanings: DecodedCode['meanings']): (Node | string)[] {
  const [only] = meanings;
  if (meanings.length === 1 && only) {
    return [
      link(rowHref(base, only.tableId, code), code),
      ': ',
      zh(only.message),
      ` — ${only.heading}`,
      only.kind === 'warnings' ? T.advisoryTag : '',
    ];
  }
  const list = el('ul', 'list-disc ps-5');
  for (const m of meanings)
    list.append(el('li', '', zh(m.message), ' — ', link(rowHref(base, m.tableId, code), m.heading)));
  return [link(codePageHref(base, code), code), T.meanings(meanings.length), list];
}

function codeItem(base: string, c: DecodedCode) {
  if (c.meanings.length > 0) return el('li', '', ...meaningsOfCode(base, c.code, c.meanings));
  const item = el('li', '', echo(c.code), T.notDocumented);
  if (c.otherSign)
    item.append(T.otherSign(c.otherSign.code), ...meaningsOfCode(base, c.otherSign.code, c.otherSign.meanings));
  return item;
}

/** One result block, and the work of filling it: long lists are filled a few items per step. */
function itemBlock(base: string, positionsPage: string, item: Decoded): [HTMLElement, (() => void)[]] {
  const block = el('div', 'mt-3');
  const steps: (() => void)[] = [];
  if (item.field !== undefined) {
    const side = item.kind === 'bits' && item.side ? ` (${T.side[item.side]})` : '';
    block.append(el('p', 'font-medium', T.fromField, el('code', 'font-mono', echo(item.field)), `${side}:`));
  }
  if (item.kind === 'bits') {
    block.append(el('p', '', T.bitsTitle, el('code', 'font-mono', item.value)));
    if (item.raised.length === 0) block.append(el('p', '', T.noBits));
    else block.append(el('ul', 'list-disc ps-5', ...item.raised.map((p) => positionItem(positionsPage, p))));
  } else if (item.codes.length === 0) {
    block.append(el('p', '', T.emptyList));
  } else {
    if (item.field === undefined) block.append(el('p', 'font-medium', item.warning ? T.warningList : T.codesList));
    const list = el('ul', 'list-disc ps-5');
    block.append(list);
    const shown = item.codes.slice(0, MAX_SHOWN);
    for (let i = 0; i < shown.length; i += 10)
      steps.push(() => list.append(...shown.slice(i, i + 10).map((c) => codeItem(base, c))));
    if (item.codes.length > MAX_SHOWN)
      steps.push(() => block.append(el('p', '', T.more(item.codes.length - MAX_SHOWN))));
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

function summary(result: DecodeResult): string {
  if (result.empty) return T.empty;
  const strings = result.items.filter((i) => i.kind === 'bits').length;
  const codes = result.items.reduce((n, i) => n + (i.kind === 'codes' ? i.codes.length : 0), 0);
  if (result.items.length === 0)
    return result.notBits.length > 0
      ? `“${result.notBits[0]?.value}” ${T.notBits(result.notBits[0] ?? { value: '', length: 0, wrong: [] })}`
      : T.nothing;
  return T.found(countWarnings(result), strings, codes);
}

let rendering = 0;
/** Most result blocks, and most codes in one block, shown: a page of results, not a second copy of the paste. */
const MAX_SHOWN = 50;

/** Reads `input` for the decoder element `host` and shows the result; puts only the decoded values in the URL. */
export async function show(host: HTMLElement, input: string) {
  const run = ++rendering;
  const base = host.dataset['base'] ?? '/';
  const positionsPage = host.dataset['positionsPage'] ?? '';
  const status = host.querySelector<HTMLElement>('[data-decoder-status]');
  const out = host.querySelector<HTMLElement>('[data-decoder-result]');
  if (!status || !out) return;
  const reading = await readPasteAsync(input);
  if (run !== rendering) return;
  let result: DecodeResult;
  try {
    const lookup = await loadLookupWithOtherSigns(
      base,
      reading.codes.map((c) => c.code),
    );
    await nextFrame(); // each step its own task
    if (run !== rendering) return;
    result = decodeReading(reading, { positions: readPositions(host.dataset['positions']), lookup });
  } catch (error) {
    status.textContent = T.loadFailed(String(error));
    return;
  }
  await nextFrame();
  if (run !== rendering) return;
  status.textContent = summary(result);
  out.replaceChildren();

  const notes = el('div', 'mt-3 text-sm');
  if (result.capped) notes.append(el('p', 'font-medium', T.capped(result.capped.read, result.capped.total)));
  if (result.items.length > 0)
    for (const b of result.notBits) notes.append(el('p', '', '“', echo(b.value), `” ${T.notBits(b)}`));
  if (notes.childElementCount > 0) out.append(notes);

  // In steps of a few milliseconds: a paste with hundreds of codes renders without one long task.
  const steps = result.items.slice(0, MAX_SHOWN).flatMap((item) => {
    const [block, fill] = itemBlock(base, positionsPage, item);
    return [() => void out.append(block), ...fill];
  });
  if (result.items.length > MAX_SHOWN)
    steps.push(() => void out.append(el('p', 'mt-3', T.more(result.items.length - MAX_SHOWN))));
  if (!(await runInSteps(steps, () => run === rendering))) return;
  if (countWarnings(result) > 0) out.append(el('p', 'mt-3 text-sm text-neutral-700 dark:text-neutral-300', T.advisory));
  if (result.ignored.length > 0) {
    const list = el('ul', 'list-disc ps-5');
    for (const x of result.ignored.slice(0, 20))
      list.append(
        el('li', '', echo(x.value.length > 60 ? `${x.value.slice(0, 60)}…` : x.value), ` — ${IGNORED_WORDS[x.kind]}`),
      );
    out.append(el('div', 'mt-3 text-sm text-neutral-700 dark:text-neutral-300', el('p', '', T.ignoredTitle), list));
  }

  // Only what was decoded goes into the address bar and the shared link, never the paste itself.
  const query = shareQuery(reading);
  const url = new URL(location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  history.replaceState(history.state, '', url);
  if (!query) return;
  const shared = new URL(decoderHref(base, query), location.href);
  const copy = link(shared.href, T.copy);
  copy.dataset['copyResult'] = '';
  copy.addEventListener('click', async (event) => {
    event.preventDefault();
    status.textContent = (await copyText(shared.href)) ? T.copied(shared.href) : T.copyFailed(shared.href);
  });
  out.append(el('p', 'mt-3', copy));
}
