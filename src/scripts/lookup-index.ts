// Ships to the browser, lazily (with the search engine or the decoder): fetches /lookup.json once per page.
import type { LookupIndex } from '../lib/export-catalog';
import { withBase } from '../lib/paths';

let lookup: Promise<LookupIndex> | undefined;

/**
 * The code index, holding every table and at least the documented entries of `codes` (today the whole index,
 * fetched once). A failed fetch is forgotten, so the next call tries again.
 */
export function loadLookup(base: string, codes: readonly string[]): Promise<LookupIndex> {
  void codes;
  lookup ??= fetch(withBase(base, 'lookup.json')).then((r) => {
    if (!r.ok) throw new Error(`lookup.json: HTTP ${r.status}`);
    return r.json() as Promise<LookupIndex>;
  });
  lookup.catch(() => {
    lookup = undefined;
  });
  return lookup;
}
