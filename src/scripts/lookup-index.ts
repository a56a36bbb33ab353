// Ships to the browser, lazily (with the search engine or the decoder): the code lookup, fetched in shards. The
// page names this build's manifest (<html data-lookup>, a content-hashed URL); the manifest names the shards, and
// each shard has a file per language, of which the page reads its own. A page opened before a deploy names files the
// server no longer has: it then reads the manifest the page names now (onCurrentBuild).
import { foldCode } from '../lib/codes';
import type { LookupIndex } from '../lib/export-catalog';
import { asLang } from '../lib/i18n';
import {
  readManifest,
  readShard,
  shardFile,
  shardOf,
  shardsWithPrefix,
  type LookupManifest,
  type ShardEntry,
} from '../lib/lookup-shards';
import { lookupFileHref } from '../lib/paths';
import { spellingOf } from '../lib/lookup-codes';
import { otherSign } from '../lib/paste-reading';

/** Shards a prefix listing loads at most; beyond, it lists the codes of the first ones and counts the rest. */
const PREFIX_SHARDS = 4;

let manifest: Promise<LookupManifest> | undefined;
/** The tables and the codes of the shards loaded so far (shared by every caller). */
let index: LookupIndex = { tables: {}, codes: {} };
const shards = new Map<string, Promise<void>>();

/** A file of the lookup that the server no longer has: the site was deployed again since the page was loaded. */
class Gone extends Error {}

/** Fetches `url` and checks its JSON with `read`. */
async function json<T>(url: string, read: (value: unknown) => T | undefined): Promise<T> {
  const response = await fetch(url);
  if (response.status === 404 || response.status === 410) throw new Gone(`${url}: HTTP ${response.status}`);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const value: unknown = await response.json();
  const checked = read(value);
  if (checked === undefined) throw new Error(`${url}: not the code lookup this page expects`);
  return checked;
}

/** A failed fetch (a flaky network) is forgotten, so the next call tries again. */
function retryable<T>(promise: Promise<T>, forget: () => void): Promise<T> {
  promise.catch(forget);
  return promise;
}

function loadManifest(): Promise<LookupManifest> {
  const url = document.documentElement.dataset['lookup'];
  if (manifest) return manifest;
  const loading = retryable(
    url ? json(url, readManifest) : Promise.reject(new Error('the page names no code lookup')),
    () => {
      if (manifest === loading) manifest = undefined;
    },
  );
  manifest = loading;
  return loading;
}

/** The manifest this page names in the site as it is now: the page fetched again, past every cache. */
async function currentManifest(): Promise<string | undefined> {
  const response = await fetch(location.href, { cache: 'no-store' });
  if (!response.ok) return undefined;
  return new DOMParser().parseFromString(await response.text(), 'text/html').documentElement.dataset['lookup'];
}

/** The page fetched again for a gone manifest (`named`), shared by the calls that found it gone together. */
let refetched: { named: string | undefined; current: Promise<string | undefined> } | undefined;

/**
 * Runs `load`; when a file it needs is gone (a deploy since the page loaded), runs it again on the lookup of the
 * current build, which the page fetched again names. Rejects when the page names no other lookup now.
 */
async function onCurrentBuild<T>(load: () => Promise<T>): Promise<T> {
  const named = document.documentElement.dataset['lookup'];
  try {
    return await load();
  } catch (error) {
    if (!(error instanceof Gone)) throw error;
    // Another call may have moved to the current build meanwhile.
    if (document.documentElement.dataset['lookup'] === named) {
      const refetch =
        refetched && refetched.named === named
          ? refetched
          : { named, current: currentManifest().catch(() => undefined) };
      refetched = refetch;
      const current = await refetch.current;
      if (!current || current === named) {
        refetched = undefined; // fetched again by the next call
        throw error;
      }
      if (document.documentElement.dataset['lookup'] === named) {
        // A build's shards name its own tables: nothing loaded from the old one is kept.
        document.documentElement.dataset['lookup'] = current;
        manifest = undefined;
        shards.clear();
        index = { tables: {}, codes: {} };
      }
    }
    return load();
  }
}

async function loadShards(base: string, entries: ShardEntry[]): Promise<LookupIndex> {
  const into = index;
  await Promise.all(
    entries.map((entry) => {
      const [key] = entry;
      let shard = shards.get(key);
      if (!shard) {
        shard = retryable(
          json(lookupFileHref(base, shardFile(entry, asLang(document.documentElement.lang))), readShard).then(
            ({ tables, codes }) => {
              Object.assign(into.tables, tables);
              Object.assign(into.codes, codes);
            },
          ),
          () => shards.get(key) === shard && shards.delete(key),
        );
        shards.set(key, shard);
      }
      return shard;
    }),
  );
  return into;
}

/** Resolves to an index holding the entries of `codes` that are documented, with their tables (and maybe more). */
export function loadLookup(base: string, codes: readonly string[]): Promise<LookupIndex> {
  return onCurrentBuild(async () => {
    const m = await loadManifest();
    const entries = new Set<ShardEntry>();
    for (const code of codes) {
      const entry = shardOf(m, foldCode(code));
      if (entry) entries.add(entry);
    }
    return loadShards(base, [...entries]);
  });
}

/**
 * For a typed prefix ("6666"): an index holding the prefix's own entry and codes that start with it (all of them
 * when they fit in a few shards, else those of the first shards), and how many documented codes start with it.
 */
export function loadPrefix(base: string, prefix: string): Promise<{ index: LookupIndex; count: number }> {
  return onCurrentBuild(() => prefixIn(base, prefix));
}

async function prefixIn(base: string, prefix: string): Promise<{ index: LookupIndex; count: number }> {
  const m = await loadManifest();
  const folded = foldCode(prefix);
  const entries = shardsWithPrefix(m, folded);
  const loaded = await loadShards(base, entries.slice(0, PREFIX_SHARDS));
  const [first] = entries;
  // Shards under the prefix hold only codes that start with it; the one whose key the prefix extends is counted.
  const partial = first && !first[0].startsWith(folded) ? first : undefined;
  const inPartial = partial
    ? Object.keys(loaded.codes).filter((c) => foldCode(c).startsWith(folded) && shardOf(m, foldCode(c)) === partial)
        .length
    : 0;
  const count = entries.reduce((sum, entry) => sum + (entry === partial ? inPartial : entry[2]), 0);
  return { index: loaded, count };
}

/**
 * loadLookup for codes read from a paste; for a code in no table, the same digits with the other sign (a minus lost
 * in copying) are fetched after, so a documented code costs its own shard only.
 */
export async function loadLookupWithOtherSigns(base: string, codes: readonly string[]): Promise<LookupIndex> {
  const found = await loadLookup(base, codes);
  const others = codes.filter((code) => !spellingOf(found, code)).flatMap((code) => otherSign(code) ?? []);
  return others.length > 0 ? loadLookup(base, others) : found;
}
