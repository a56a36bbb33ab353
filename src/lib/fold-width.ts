// Minus-like characters people paste: U+2212 minus, figure dash, en/em dash, small and full-width hyphen-minus.
const MINUS_LIKE = /[\u2212\u2012\u2013\u2014\uFE63\uFF0D]/g;

/** Folds full-width digits and letters to ASCII and every minus-like dash to "-". */
export function foldWidth(input: string): string {
  return input.normalize('NFKC').replace(MINUS_LIKE, '-');
}
