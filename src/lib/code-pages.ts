/** One page of the list of all codes: a run of consecutive codes in numeric order. */
export interface CodeListPage<T> {
  /** 0 for the first page. */
  index: number;
  first: string;
  last: string;
  items: T[];
}

/**
 * Splits the codes (already in numeric order) into pages of at most `perPage` codes, each a numeric range, so no
 * page grows with the catalogue. Pages are as even as the count allows.
 */
export function codeListPages<T extends { code: string }>(codes: readonly T[], perPage: number): CodeListPage<T>[] {
  const count = Math.max(1, Math.ceil(codes.length / perPage));
  const size = Math.ceil(codes.length / count);
  return Array.from({ length: count }, (_, index) => {
    const items = codes.slice(index * size, (index + 1) * size);
    return { index, first: items[0]?.code ?? '', last: items.at(-1)?.code ?? '', items };
  });
}
