// Ships to the browser, lazily, with the search engine and the decoder: the words of their results in the page's
// language (src/i18n/results/), one small chunk per language, fetched on the first search or decode beside the code
// that needs them. In the pages' HTML (a data-t on every page's search box) they would cost every page ~0.9 KB gzip.
import type { Messages } from '../i18n';
import { asLang, type Lang } from '../lib/i18n';

/** The words of the results, as src/i18n/results/<lang>.ts holds them. */
export type ResultStrings = Messages['scripts']['results'];

/** How a view words its results: the page language's strings, and the language (for plurals and meanings). */
export interface ResultWords {
  t: ResultStrings;
  lang: Lang;
}

const LOAD: Record<Lang, () => Promise<{ default: ResultStrings }>> = {
  'zh-CN': () => import('../i18n/results/zh-CN'),
  en: () => import('../i18n/results/en'),
};

let words: Promise<ResultWords> | undefined;

/** The words of the page's language (<html lang>); a failed load is forgotten, so the next call tries again. */
export function resultWords(): Promise<ResultWords> {
  const lang = asLang(document.documentElement.lang);
  words ??= LOAD[lang]().then((module) => ({ t: module.default, lang }));
  words.catch(() => {
    words = undefined;
  });
  return words;
}
