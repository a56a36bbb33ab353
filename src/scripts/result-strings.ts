// Ships to the browser, lazily, with the search engine and the decoder: the words of their results in the page's
// language (src/i18n/results/), a small chunk per language and per view, fetched on the first search or decode beside
// the code that needs them. In the pages' HTML (a data-t on every page's search box) they would cost every page
// ~0.9 KB gzip; in one chunk for both views, a search would fetch the decoder's words too.
import type { Messages } from '../i18n';
import { asLang, type Lang } from '../lib/i18n';
import { chunk } from './import-chunk';

/** The words of the results, as src/i18n/results/ holds them. */
export type ResultStrings = Messages['scripts']['results'];
type SearchStrings = Pick<ResultStrings, 'search' | 'setAside'>;

/** How a view words its results: the page language's strings, and the language (for plurals and meanings). */
export interface Words<T> {
  t: T;
  lang: Lang;
}

// One chunk per file of src/i18n/results/, named <view>.<lang>.ts: a new language's files are found by their names.
const SEARCH = import.meta.glob<{ default: SearchStrings }>('../i18n/results/search.*.ts');
const DECODER = import.meta.glob<{ default: ResultStrings['decoder'] }>('../i18n/results/decoder.*.ts');

/** Each chunk of `chunks` loading once, a failed load retried (import-chunk.ts). */
function onceEach<T>(chunks: Record<string, () => Promise<T>>): Record<string, () => Promise<T>> {
  return Object.fromEntries(Object.entries(chunks).map(([file, load]) => [file, chunk(load)]));
}

/** The words of a view in the page's language (<html lang>), found by file name. */
function inPageLanguage<T>(view: string, glob: Record<string, () => Promise<{ default: T }>>): () => Promise<Words<T>> {
  const chunks = onceEach(glob);
  return async () => {
    const lang = asLang(document.documentElement.lang);
    const load = chunks[`../i18n/results/${view}.${lang}.ts`];
    if (!load) throw new Error(`no ${view} words in ${lang}`);
    return { t: (await load()).default, lang };
  };
}

/** The words of the search's results in the page's language. */
export const searchWords = inPageLanguage('search', SEARCH);

/** The words of the decoder's results in the page's language. */
export const decoderWords = inPageLanguage('decoder', DECODER);
