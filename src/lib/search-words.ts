// Ships to the browser in the script every page runs (the search box, the table filter): what of a reader's text may
// go into an address. Only what reads as search words does; a paste (a response, a log line) never does: it may hold
// a name, an ID number or a phone number.

/** Longest text carried to the full-text search and into an address: a long paste must not make a huge URL. */
export const TEXT_QUERY_LIMIT = 200;

/** Characters that words typed for a search never hold, and pastes do: field syntax, brackets, quotes, line breaks. */
const NOT_WORDS = /[{}[\]<>"'`=:|\\@#\n\r\t]/;
/** A run of nine digits or more: an ID, phone or card number (no documented code has more than eight). */
const LONG_NUMBER = /\d{9}/;

/** `text` cut to at most `limit` characters, never inside a character, half characters replaced: safe to encode. */
export function capText(text: string, limit = TEXT_QUERY_LIMIT): string {
  const chars = [...text.slice(0, limit + 1)];
  let out = '';
  for (const char of chars) {
    if (out.length + char.length > limit) break;
    out += char;
  }
  return out.toWellFormed();
}

/**
 * The search words `text` holds, blanks collapsed and capped, or undefined when it is not words but a paste: field
 * syntax, brackets or quotes, line breaks, or a number too long to be a code.
 */
export function searchWords(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > TEXT_QUERY_LIMIT || NOT_WORDS.test(trimmed) || LONG_NUMBER.test(trimmed))
    return undefined;
  return capText(trimmed.replace(/\s+/g, ' '));
}
