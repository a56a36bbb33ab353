import { LANG_IDS, LANGS, type ContentLang, type Lang, type Plural } from '../lib/i18n';
import { missingKeys } from '../lib/dictionary-keys';
import { DOCUMENT_IDS, PRODUCT_IDS, type ProductId } from '../registry';
import en from './en';
import zh from './zh-CN';

/** A dictionary with the shape of the English one, every text a string (or a Plural). */
type Strings<T> = { [K in keyof T]: T[K] extends string ? string : T[K] extends Plural ? Plural : Strings<T[K]> };
export type Messages = Strings<typeof en>;

const DICTIONARIES: Record<Lang, Messages> = { 'zh-CN': zh, en };

// The types catch a missing key in `astro check`; this stops the build too, naming the key and the file. Every product
// and document of the registry is named in every dictionary.
const registry = {
  products: Object.fromEntries(PRODUCT_IDS.map((id) => [id, { name: '-', short: '-' }])),
  documents: Object.fromEntries(DOCUMENT_IDS.map((id) => [id, '-'])),
};
for (const lang of LANG_IDS) {
  const missing = [
    ...missingKeys(en, DICTIONARIES[lang]),
    ...missingKeys(DICTIONARIES[lang], en),
    ...missingKeys(registry, DICTIONARIES[lang]),
    ...missingKeys(DICTIONARIES[lang], registry).filter((key) => /^"(products|documents)\./.test(key)),
  ];
  if (missing.length > 0)
    throw new Error(`The dictionaries src/i18n/en.ts and src/i18n/${lang}.ts differ: ${missing.join(', ')}`);
}

/** The interface strings of `lang`. */
export function dictionary(lang: Lang): Messages {
  return DICTIONARIES[lang];
}

/** Each product's name in every content language, as the dictionaries write it (codes.json names them so). */
export function productNames(): Record<ProductId, Record<ContentLang, string>> {
  const names = (id: ProductId) =>
    Object.fromEntries(LANG_IDS.map((l) => [LANGS[l].content, DICTIONARIES[l].products[id].name]));
  return Object.fromEntries(PRODUCT_IDS.map((id) => [id, names(id)])) as Record<ProductId, Record<ContentLang, string>>;
}
