// Ships to the browser, lazily, with the search engine and the decoder: the one place scripts build DOM nodes
// (as text nodes only, never HTML). Nothing that runs on load imports it, so it stays out of every page's script.
import { runsToMark } from '../lib/chinese-runs';
import type { Lang } from '../lib/i18n';
import { templateParts } from '../lib/template-parts';

/** An element with classes and children; strings become text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** A link in the site's link style. */
export function link(href: string, ...children: (Node | string)[]): HTMLAnchorElement {
  const a = el('a', 'text-accent-700 underline dark:text-accent-300', ...children);
  a.href = href;
  return a;
}

/** Text from the sources (Chinese), marked so screen readers pronounce it right. */
function zh(text: string): HTMLSpanElement {
  const span = el('span', 'whitespace-pre-line', text);
  span.lang = 'zh-CN';
  return span;
}

/** A dictionary text of a page in `lang` that may quote Chinese words: on the English pages, each marked zh-CN. */
export function mixed(lang: Lang, text: string): (Node | string)[] {
  return runsToMark(lang, text).map((run) => (run.chinese ? zh(run.text) : run.text));
}

/**
 * A meaning as the lookup gives it in the page's language (src/lib/lookup-codes.ts): the text, with Tencent's original
 * beside it when the text is a translation or in another language (logs carry the original, so readers match on it).
 */
export function meaning(lang: Lang, m: { text: string; original?: string }): (Node | string)[] {
  const text = mixed(lang, m.text);
  return m.original === undefined ? text : [...text, ' ', zh(m.original)];
}

/** Text that came from the user, isolated so a bidi control in it cannot reorder the sentence around it. */
export function echo(text: string): HTMLElement {
  const bdi = el('bdi', 'font-mono', text);
  bdi.dir = 'auto';
  return bdi;
}

/** Yields to the browser so input and paint can run between steps of a long render. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A template's text with each `{name}` replaced by its value, as nodes: a value from the user goes in as a Text node
 * (or an echo()), never as HTML.
 */
export function fill(template: string, values: Record<string, Node | string | number>): (Node | string)[] {
  return templateParts(template).map((part) => {
    if ('text' in part) return part.text;
    const value = values[part.slot];
    return value === undefined ? `{${part.slot}}` : typeof value === 'number' ? String(value) : value;
  });
}
