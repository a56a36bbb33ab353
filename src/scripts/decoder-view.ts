// Ships to the browser, lazily, on the first decode: runs the decoder and renders its result as text nodes only.
import { decodeInput, type Decoded, type DecodeResult, type PositionInfo } from '../lib/decode-warnings';
import type { CodeMeaning } from '../lib/lookup-codes';
import { codePageHref, rowHref, withBase } from '../lib/paths';
import { foldWidth } from '../lib/fold-width';
import { loadLookup } from './lookup-index';

const PROVENANCE: Record<PositionInfo['provenance'], string> = {
  'official-example': 'official worked example',
  'integration-practice': 'integration practice, not official',
  undocumented: 'not documented',
};
const ADVISORY =
  'These warnings are advisory: the call succeeded and recognition ran. Whether to accept the image is your decision.';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}
function link(href: string, text: string) {
  const a = el('a', 'text-accent-700 underline dark:text-accent-300', text);
  a.href = href;
  return a;
}
function zh(text: string) {
  const span = el('span', 'whitespace-pre-line', text);
  span.lang = 'zh-CN';
  return span;
}

function positionItem(base: string, p: PositionInfo) {
  const meaning = p.meaning
    ? [zh(p.meaning), p.meaningEn ? ` (${p.meaningEn})` : '']
    : [el('em', '', 'not documented: no meaning is known for this position')];
  return el(
    'li',
    '',
    `Position ${p.position}: `,
    ...meaning,
    ` — ${PROVENANCE[p.provenance]}. `,
    link(`${withBase(base, 'faceid/idcard-ocr/')}#position-${p.position}`, `About position ${p.position}`),
  );
}

function codeItem(base: string, code: string, meanings: CodeMeaning[]) {
  if (meanings.length === 0) return el('li', '', el('span', 'font-mono', code), ': not in any documented table.');
  const [only] = meanings;
  if (meanings.length === 1 && only) {
    return el(
      'li',
      '',
      link(rowHref(base, only.tableId, code), code),
      ': ',
      zh(only.message),
      ` — ${only.heading}`,
      only.kind === 'warnings' ? ' (advisory warning)' : '',
    );
  }
  const list = el('ul', 'list-disc ps-5');
  for (const m of meanings) list.append(el('li', '', zh(m.message), ' — ', link(rowHref(base, m.tableId, code), m.heading)));
  return el('li', '', link(codePageHref(base, code), code), `: ${meanings.length} meanings, one per table:`, list);
}

function itemBlock(base: string, item: Decoded) {
  const block = el('div', 'mt-3');
  if (item.field) block.append(el('p', 'font-medium', 'From field ', el('code', 'font-mono', item.field), ':'));
  if (item.kind === 'bits') {
    block.append(el('p', '', 'ID-card warning string ', el('code', 'font-mono', item.value)));
    if (item.raised.length === 0) block.append(el('p', '', 'No warnings: all 8 positions are 0.'));
    else block.append(el('ul', 'list-disc ps-5', ...item.raised.map((p) => positionItem(base, p))));
  } else if (item.codes.length === 0) {
    block.append(el('p', '', 'Empty: no warning.'));
  } else {
    block.append(el('ul', 'list-disc ps-5', ...item.codes.map((c) => codeItem(base, c.code, c.meanings))));
  }
  return block;
}

function summary(result: DecodeResult): string {
  if (!result.ok) return result.message;
  const raised = result.items.reduce(
    (n, i) => n + (i.kind === 'bits' ? i.raised.length : i.codes.filter((c) => c.meanings.some((m) => m.kind === 'warnings')).length),
    0,
  );
  const what = result.format === 'JSON fragment' ? 'part of a JSON response (it is not valid JSON; the fields it holds were read)' : `a ${result.format}`;
  return `Recognised ${what}: ${raised === 0 ? 'no warnings' : `${raised} warning${raised === 1 ? '' : 's'}`}.`;
}

/** Decodes `input` for the decoder element `host` and shows the result; keeps the input in the page's URL. */
export async function show(host: HTMLElement, input: string) {
  const base = host.dataset['base'] ?? '/';
  const status = host.querySelector<HTMLElement>('[data-decoder-status]');
  const out = host.querySelector<HTMLElement>('[data-decoder-result]');
  if (!status || !out) return;
  let result: DecodeResult;
  try {
    const positions = JSON.parse(host.dataset['positions'] ?? '[]') as PositionInfo[];
    // Every number in the input may be a code: their lookup shards load before decoding.
    const lookup = await loadLookup(base, foldWidth(input).match(/-?\d+/g) ?? []);
    result = decodeInput(input, { positions, lookup });
  } catch (error) {
    result = { ok: false, error: 'unrecognised', message: `The decoder could not load its data (${String(error)}). Reload the page to try again.` };
  }
  status.textContent = summary(result);
  out.replaceChildren();
  if (result.ok) {
    out.append(...result.items.map((item) => itemBlock(base, item)));
    const warned = result.items.some((i) => (i.kind === 'bits' ? i.raised.length > 0 : i.codes.some((c) => c.meanings.some((m) => m.kind === 'warnings'))));
    if (warned) out.append(el('p', 'mt-3 text-sm text-neutral-700 dark:text-neutral-300', ADVISORY));
  }
  const url = new URL(location.href);
  url.searchParams.set('q', input);
  history.replaceState(history.state, '', url);
  const shared = new URL(host.dataset['page'] ?? withBase(base, 'decode/'), location.href);
  shared.searchParams.set('q', input);
  const copy = link(shared.href, 'Copy link to this result');
  copy.dataset['copyResult'] = '';
  copy.addEventListener('click', async (event) => {
    event.preventDefault();
    try {
      await navigator.clipboard.writeText(shared.href);
      status.textContent = `Link copied: ${shared.href}`;
    } catch {
      status.textContent = `Could not copy; the link is ${shared.href}`;
    }
  });
  out.append(el('p', 'mt-3', copy));
}
