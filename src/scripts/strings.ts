// Part of the script every page runs on load (elements.ts): keep it tiny. The few strings an element needs before
// anyone searches or decodes come from its page: `data-t` holds them as JSON, from the page language's dictionary
// (src/i18n). The words of results are loaded on use (result-strings.ts).
/** Whether `value` is an object with a string at each of `keys`. */
const hasStrings = <K extends string>(value: unknown, keys: readonly K[]): value is Record<K, string> =>
  typeof value === 'object' && value !== null && keys.every((key) => typeof Reflect.get(value, key) === 'string');

/**
 * The strings `keys` that `element` carries in `data-t`. The page and the script are built together, but a key one of
 * them renames would otherwise show "undefined" to a reader: a missing one throws, named.
 */
export function stringsOf<K extends string>(
  element: Pick<HTMLElement, 'dataset' | 'localName'>,
  keys: readonly K[],
): Record<K, string> {
  const strings: unknown = JSON.parse(element.dataset['t'] ?? '{}');
  if (hasStrings(strings, keys)) return strings;
  const missing = keys.filter((key) => !hasStrings(strings, [key]));
  throw new Error(`<${element.localName}> has no string ${missing.join(', ')} in its data-t`);
}
