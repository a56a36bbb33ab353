// Ships to the browser, lazily (with the search engine or the decoder): fetches /lookup.json once per page.
import type { LookupIndex } from '../lib/export-catalog';
import { withBase } from '../lib/paths';

let lookup: Promise<LookupIndex> | undefined;

/** The code index, fetched once; `response` is a fetch of it already under way. */
export function loadLookup(base: string, response?: Promise<Response>): Promise<LookupIndex> {
  lookup ??= (response ?? fetch(withBase(base, 'lookup.json'))).then((r) => {
    if (!r.ok) throw new Error(`lookup.json: HTTP ${r.status}`);
    return r.json() as Promise<LookupIndex>;
  });
  return lookup;
}
