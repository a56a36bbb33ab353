// Part of the script every page runs on load (elements.ts): keep it tiny. The few strings an element needs before
// anyone searches or decodes come from its page: `data-t` holds them as JSON, from the page language's dictionary
// (src/i18n). The words of results are loaded on use (result-strings.ts).
import type { Messages } from '../i18n';

/** The dictionary's section for the custom elements and their scripts. */
export type Strings = Messages['scripts'];

/**
 * The strings `element` carries in `data-t`. They are rendered by the same build from the typed dictionary (not
 * fetched), so they are read without a check.
 */
export function stringsOf<T>(element: HTMLElement): T {
  return JSON.parse(element.dataset['t'] ?? '{}') as T;
}
