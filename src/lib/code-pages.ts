import { nameCategory } from './codes';

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

/** A run of a page's codes under one heading: the numbers, or the API 3.0 names of one first part. */
export interface CodeGroup<T> {
  /** The first part of the names ("FailedOperation"), or undefined for the numbers. */
  category: string | undefined;
  items: T[];
}

/** A page's codes (in catalogue order) cut into runs of the same group: numbers, then names by their first part. */
export function codeGroups<T extends { code: string }>(items: readonly T[]): CodeGroup<T>[] {
  const groups: CodeGroup<T>[] = [];
  for (const item of items) {
    const category = nameCategory(item.code);
    const last = groups.at(-1);
    if (last && last.category === category) last.items.push(item);
    else groups.push({ category, items: [item] });
  }
  return groups;
}
