// Part of the script every page runs on load (elements.ts): keep it tiny. The interface strings an element gets from
// its page: `data-t` holds the JSON of its section of the page language's dictionary (src/i18n), so no script carries
// the words of one language.
import type { Messages } from '../i18n';
import { asLang, type Lang } from '../lib/i18n';

/** The dictionary's section for the custom elements' scripts. */
export type Strings = Messages['scripts'];

/**
 * The strings `element` carries in `data-t`. They are rendered by the same build from the typed dictionary (not
 * fetched), so they are read without a check.
 */
export function stringsOf<T>(element: HTMLElement): T {
  return JSON.parse(element.dataset['t'] ?? '{}') as T;
}

/** The page's language, from <html lang>. */
export const pageLang = (): Lang => asLang(document.documentElement.lang);
