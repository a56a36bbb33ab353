// The code tables as the build reads them (tests/support/content.ts), so tests can derive what a page must show
// from the data itself.
import type { Occurrence, Table } from '../../src/lib/build-catalog';
import type { Carrier } from '../../src/lib/carriers';
import { foldCode } from '../../src/lib/codes';
import { documentOf } from '../../src/registry';
import { loadContent } from './content';

export type { Table };

export const { catalog, positions } = await loadContent();

/** Every table, in source order. */
export const readTables = (): Table[] => catalog.tables;

/** Every (table, row) where `code` appears, in any letter case. */
export function placesOf(code: string): Occurrence[] {
  return catalog.byCode.get(foldCode(code))?.occurrences ?? [];
}

/**
 * The places of `code` in the order the search and the decoder list its meanings: Tencent's current documents first,
 * then its deprecated pages, each in table order. When the paste shows where its code came (`carrier`: a FaceID
 * result's `ErrCode`, an `X-ErrNo` header, an API 3.0 `Error.Code`), the tables whose `carriedIn` names that place
 * come before all others.
 */
export function answerOrder(code: string, carrier?: Carrier): Occurrence[] {
  const rank = (p: Occurrence) =>
    (carrier !== undefined && p.table.carriedIn.includes(carrier) ? 0 : 2) +
    ('deprecated' in documentOf(p.table.document) ? 1 : 0);
  return placesOf(code)
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i)
    .map(({ p }) => p);
}

/** Every distinct code, as its page writes it. */
export function allCodes(): string[] {
  return catalog.codes.map((c) => c.code);
}
