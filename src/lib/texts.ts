// Ships to the browser with the search and the decoder: how a page in one language shows a text of the sources.
import type { Text } from '../schemas/text';
import { LANGS, SOURCE_LANG, type ContentLang, type Lang } from './i18n';

/** Where a shown text comes from: Tencent's wording, or the site's translation. */
type Origin = 'official' | 'ours';

/** A text as one page shows it. */
export interface Shown {
  text: string;
  /** The language of `text`: the page's, or another one when Tencent has no words in the page's language. */
  lang: ContentLang;
  origin: Origin;
  /** Tencent's cell is empty in the page's language (the text shown is then a translation, or another language). */
  emptyHere: boolean;
  /** Tencent's wording in the source language, shown beside a text that is not it (logs carry it). */
  original?: { text: string; lang: ContentLang };
}

/** Tencent's wording of `text`, the source language's first: the original a translation is made from, if any. */
export function originalOf(text: Text): { text: string; lang: ContentLang } | undefined {
  const source = text.official[SOURCE_LANG];
  if (typeof source === 'string') return { text: source, lang: SOURCE_LANG };
  for (const [lang, words] of Object.entries(text.official))
    if (typeof words === 'string') return { text: words, lang: lang as ContentLang };
  return undefined;
}

/**
 * How a page in `lang` shows `text`: Tencent's words in the page's language, else the site's translation, else
 * Tencent's words in another language; with the original beside unless that is what is shown.
 */
export function shownIn(text: Text, lang: Lang): Shown | undefined {
  const content = LANGS[lang].content;
  const official = text.official[content];
  const emptyHere = official === null;
  const original = originalOf(text);
  let shown: Omit<Shown, 'original'> | undefined;
  if (typeof official === 'string') shown = { text: official, lang: content, origin: 'official', emptyHere };
  else if (text.ours[content] !== undefined)
    shown = { text: text.ours[content], lang: content, origin: 'ours', emptyHere };
  else if (original) shown = { ...original, origin: 'official', emptyHere };
  if (!shown) return undefined;
  const beside = original && original.text !== shown.text ? { original } : {};
  return { ...shown, ...beside };
}

/** The text in one language only, whatever its origin: what a page title, a label or a search result uses. */
export function plainIn(text: Text, lang: Lang): string {
  return shownIn(text, lang)?.text ?? '';
}
