// Ships to the browser with the search and the decoder: what a code is, written once. A code is a number (`1102`,
// `-1102`) or an API 3.0 name (`FailedOperation.LifePhotoDetectFaces`, `LimitExceeded`), and means something only
// within the table that lists it.

/** Most digits of a numeric code: the paste reader reads a lone number up to this length as a code. */
export const MAX_CODE_DIGITS = 12;
/** Longest API 3.0 name. */
export const MAX_NAME_LENGTH = 100;

/** A numeric code: "0", or digits without a leading zero, with an optional "-". */
const NUMBER = new RegExp(`^(?:0|-?[1-9][0-9]{0,${MAX_CODE_DIGITS - 1}})$`);
/** An API 3.0 name: dot-separated words of letters and digits, the first starting with a capital. */
const NAME = /^[A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*$/;

/** Whether `code` is a numeric code. */
export const isNumericCode = (code: string): boolean => NUMBER.test(code);

/** Whether `code` is a code the site can list and the search can find: a numeric code or an API 3.0 name. */
export const isCode = (code: string): boolean =>
  isNumericCode(code) || (code.length <= MAX_NAME_LENGTH && NAME.test(code));

/** A code as a lookup compares it: an API 3.0 name in any letter case is the same code. */
export const foldCode = (code: string): string => code.toLowerCase();

/** The first part of an API 3.0 name ("FailedOperation" of "FailedOperation.ImageNoIdCard"), or undefined. */
export const nameCategory = (code: string): string | undefined =>
  isNumericCode(code) ? undefined : code.split('.')[0];

/**
 * Orders codes: numbers by value (negative first; BigInt is exact for any digits), then names alphabetically in any
 * letter case, so a name's group (its first part) stays together.
 */
export function compareCodes(a: string, b: string): number {
  const [x, y] = [isNumericCode(a), isNumericCode(b)];
  if (x && y) {
    const [m, n] = [BigInt(a), BigInt(b)];
    return m < n ? -1 : m > n ? 1 : 0;
  }
  if (x !== y) return x ? -1 : 1;
  const [p, q] = [foldCode(a), foldCode(b)];
  return p < q ? -1 : p > q ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
