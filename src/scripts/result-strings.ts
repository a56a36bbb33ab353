// Ships to the browser, lazily, with the search engine and the decoder: the words of their results in the page's
// language (src/i18n/results/), a small chunk per language and per view, fetched on the first search or decode beside
// the code that needs them. In the pages' HTML (a data-t on every page's search box) they would cost every page
// ~0.9 KB gzip; in one chunk for both views, a search would fetch the decoder's words too.
import type { Messages } from '../i18n';
import { asLang, type Lang } from '../lib/i18n';

/** The words of the results, as src/i18n/results/ holds them. */
export type ResultStrings = Messages['scripts']['results'];
type SearchStrings = Pick<ResultStrings, 'search' | 'setAside'>;

/** How a view words its results: the page language's strings, and the language (for plurals and meanings). */
export interface Words<T> {
  t: T;
  lang: Lang;
}

const SEARCH: Record<Lang, () => Promise<{ default: SearchStrings }>> = {
  'zh-CN': () => import('../i18n/results/search.zh-CN'),
  en: () => import('../i18n/results/search.en'),
};
const DECODER: Record<Lang, () => Promise<{ default: ResultStrings['decoder'] }>> = {
  'zh-CN': () => import('../i18n/results/decoder.zh-CN'),
  en: () => import('../i18n/results/decoder.en'),
};

/** Loads a chunk of words once; a failed load is forgotten, so the next call tries again. */
function once<T>(load: Record<Lang, () => Promise<{ default: T }>>): () => Promise<Words<T>> {
  let words: Promise<Words<T>> | undefined;
  return () => {
    const lang = asLang(document.documentElement.lang);
    words ??= load[lang]().then((module) => ({ t: module.default, lang }));
    words.catch(() => {
      words = undefined;
    });
    return words;
  };
}

/** The words of the search's results in the page's language (<html lang>). */
export const searchWords = once(SEARCH);

/** The words of the decoder's results in the page's language. */
export const decoderWords = once(DECODER);
