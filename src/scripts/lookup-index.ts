// Ships to the browser, lazily (with the search engine or the decoder): the code lookup, fetched in shards. The
// page names this build's manifest (<html data-lookup>, a content-hashed URL); the manifest names the shards. Each
// shard holds the official meanings; the pages in another language than Chinese also fetch its translations file.
import type { LookupIndex } from '../lib/export-catalog';
import { asLang, LANGS } from '../lib/i18n';
import {
  readManifest,
  readShard,
  readTranslations,
  shardFile,
  shardOf,
  shardsWithPrefix,
  translationsFile,
  withTranslations,
  type LookupManifest,
  type ShardEntry,
} from '../lib/lookup-shards';
import { lookupFileHref } from '../lib/paths';
import { otherSign } from '../lib/paste-reading';

/** Shards a prefix listing loads at most; beyond, it lists the codes of the first ones and counts the rest. */
const PREFIX_SHARDS = 4;

let manifest: Promise<LookupManifest> | undefined;
/** The tables and the codes of the shards loaded so far (shared by every caller). */
const index: LookupIndex = { tables: {}, codes: {} };
const shards = new Map<string, Promise<void>>();

/** Whether the page shows our translation beside the official Chinese (the English pages). */
const translated = () => LANGS[asLang(document.documentElement.lang)].content !== 'zh';

/** Fetches `url` and checks its JSON with `read`. */
async function json<T>(url: string, read: (value: unknown) => T | undefined): Promise<T> {
  const response = await fetch(url);
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
  manifest ??= retryable(
    url ? json(url, readManifest) : Promise.reject(new Error('the page names no code lookup')),
    () => {
      manifest = undefined;
    },
  );
  return manifest;
}

async function loadShards(base: string, entries: ShardEntry[]): Promise<LookupIndex> {
  await Promise.all(
    entries.map((entry) => {
      const [key] = entry;
      let shard = shards.get(key);
      if (!shard) {
        shard = retryable(
          Promise.all([
            json(lookupFileHref(base, shardFile(entry)), readShard),
            translated() ? json(lookupFileHref(base, translationsFile(entry)), readTranslations) : undefined,
          ]).then(([{ tables, codes }, english]) => {
            Object.assign(index.tables, tables);
            Object.assign(index.codes, english ? withTranslations(codes, english) : codes);
          }),
          () => shards.delete(key),
        );
        shards.set(key, shard);
      }
      return shard;
    }),
  );
  return index;
}

/** Resolves to an index holding the entries of `codes` that are documented, with their tables (and maybe more). */
export async function loadLookup(base: string, codes: readonly string[]): Promise<LookupIndex> {
  const m = await loadManifest();
  const entries = new Set<ShardEntry>();
  for (const code of codes) {
    const entry = shardOf(m, code);
    if (entry) entries.add(entry);
  }
  return loadShards(base, [...entries]);
}

/**
 * For a typed prefix ("6666"): an index holding the prefix's own entry and codes that start with it (all of them
 * when they fit in a few shards, else those of the first shards), and how many documented codes start with it.
 */
export async function loadPrefix(base: string, prefix: string): Promise<{ index: LookupIndex; count: number }> {
  const m = await loadManifest();
  const entries = shardsWithPrefix(m, prefix);
  const loaded = await loadShards(base, entries.slice(0, PREFIX_SHARDS));
  const [first] = entries;
  // Shards under the prefix hold only codes that start with it; the one whose key the prefix extends is counted.
  const partial = first && !first[0].startsWith(prefix) ? first : undefined;
  const inPartial = partial
    ? Object.keys(loaded.codes).filter((c) => c.startsWith(prefix) && shardOf(m, c) === partial).length
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
  const others = codes.filter((code) => !found.codes[code]).flatMap((code) => otherSign(code) ?? []);
  return others.length > 0 ? loadLookup(base, others) : found;
}
