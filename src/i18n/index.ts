import { LANG_IDS, type Lang, type Plural } from '../lib/i18n';
import { missingKeys } from '../lib/dictionary-keys';
import en from './en';
import zh from './zh-CN';

/** A dictionary with the shape of the English one, every text a string (or a Plural). */
type Strings<T> = { [K in keyof T]: T[K] extends string ? string : T[K] extends Plural ? Plural : Strings<T[K]> };
export type Messages = Strings<typeof en>;

const DICTIONARIES: Record<Lang, Messages> = { 'zh-CN': zh, en };

// The types catch a missing key in `astro check`; this stops the build too, naming the key and the file.
for (const lang of LANG_IDS) {
  const missing = [...missingKeys(en, DICTIONARIES[lang]), ...missingKeys(DICTIONARIES[lang], en)];
  if (missing.length > 0)
    throw new Error(`The dictionaries src/i18n/en.ts and src/i18n/${lang}.ts differ: ${missing.join(', ')}`);
}

/** The interface strings of `lang`. */
export function dictionary(lang: Lang): Messages {
  return DICTIONARIES[lang];
}
