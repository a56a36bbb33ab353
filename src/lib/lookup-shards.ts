import { TABLE_KINDS } from '../schemas/table-kind';
import { CARRIERS } from './carriers';
import { foldCode } from './codes';
import type { LookupIndex, LookupMeaning, LookupTable } from './export-catalog';

/**
 * The code lookup in shards, so a lookup downloads what it needs whatever the size of the catalogue.
 *
 * Codes are split by their leading characters (sign included; an API 3.0 name in lower case, so a name typed in any
 * letter case finds its shard): every code whose folded text starts with a shard's key
 * lives in that shard, unless a longer key also matches it. A group holding more than `maxCodes` codes is split by
 * one more character (its codes no longer than the key itself stay in a shard of that key), so shards stay small
 * for any distribution of codes, and the codes that start with a typed prefix are in the shards whose key starts
 * with that prefix, plus at most one shard whose key the prefix starts with.
 */

/**
 * One shard as the manifest lists it: [key (leading characters of its folded codes), hash of its content, number of
 * codes]. Its files, one per language, are named from the key and the hash (shardFile).
 */
export type ShardEntry = [key: string, hash: string, count: number];

/**
 * What a page reads first (by its content-hashed URL): where each shard is. The tables are in the shards, each
 * shard holding those its codes name, so the manifest does not grow with the number of tables.
 */
export interface LookupManifest {
  shards: ShardEntry[];
}

/** One shard's file in one language: its codes' meanings, and the tables they name (by their index in the whole lookup). */
export interface LookupShard {
  tables: LookupIndex['tables'];
  codes: LookupIndex['codes'];
}

/** `codes` grouped by their first `length` characters. */
function byLeading(codes: readonly string[], length: number): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const code of codes) {
    const key = code.slice(0, length);
    const group = groups.get(key);
    if (group) group.push(code);
    else groups.set(key, [code]);
  }
  return groups;
}

/** Groups `codes` into shards of at most `maxCodes` codes each (a group of codes identical to its key excepted). */
export function splitIntoShards(codes: readonly string[], maxCodes: number): Map<string, string[]> {
  const shards = new Map<string, string[]>();
  const split = (key: string, group: string[]) => {
    if (group.length <= maxCodes) {
      shards.set(key, group);
      return;
    }
    const ending = group.filter((code) => code.length <= key.length);
    if (ending.length > 0) shards.set(key, ending);
    const longer = group.filter((code) => code.length > key.length);
    for (const [child, members] of byLeading(longer, key.length + 1)) split(child, members);
  };
  for (const [key, group] of byLeading(codes, 1)) split(key, group);
  return new Map([...shards].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The shard that would hold `code` (the longest key it starts with), if any. */
export function shardOf(manifest: LookupManifest, code: string): ShardEntry | undefined {
  let best: ShardEntry | undefined;
  for (const entry of manifest.shards) {
    if (code.startsWith(entry[0]) && entry[0].length > (best?.[0].length ?? -1)) best = entry;
  }
  return best;
}

/** The shards that hold every code starting with `prefix`, in key order. */
export function shardsWithPrefix(manifest: LookupManifest, prefix: string): ShardEntry[] {
  const holder = shardOf(manifest, prefix);
  const under = manifest.shards.filter(([key]) => key.startsWith(prefix) && key !== holder?.[0]);
  return holder ? [holder, ...under] : under;
}

/**
 * The codes of `index` in one shard each: key → the part of the index holding that shard's codes and the tables
 * their meanings name (under the same indexes as in `index`).
 */
export function shardIndex(index: LookupIndex, maxCodes: number): Map<string, LookupIndex> {
  const byFolded = new Map(Object.keys(index.codes).map((code) => [foldCode(code), code]));
  const shards = splitIntoShards([...byFolded.keys()], maxCodes);
  return new Map(
    [...shards].map(([key, folded]) => {
      const part: LookupIndex = { tables: {}, codes: {} };
      for (const code of folded.map((f) => byFolded.get(f) ?? f)) {
        const meanings = index.codes[code] ?? [];
        part.codes[code] = meanings;
        for (const [t] of meanings) {
          const table = index.tables[t];
          if (table) part.tables[t] = table;
        }
      }
      return [key, part];
    }),
  );
}

const isTable = (x: unknown): x is LookupTable =>
  Array.isArray(x) &&
  x.length === 7 &&
  typeof x[0] === 'string' &&
  typeof x[1] === 'string' &&
  TABLE_KINDS.some((kind) => kind === x[2]) &&
  typeof x[3] === 'string' &&
  typeof x[4] === 'string' &&
  (x[5] === 0 || x[5] === 1) &&
  Array.isArray(x[6]) &&
  x[6].every((c) => CARRIERS.some((carrier) => carrier === c));
const isShardEntry = (x: unknown): x is ShardEntry =>
  Array.isArray(x) &&
  x.length === 3 &&
  typeof x[0] === 'string' &&
  typeof x[1] === 'string' &&
  typeof x[2] === 'number';
const isMeaning = (x: unknown): x is LookupMeaning =>
  Array.isArray(x) &&
  (x.length === 3 || (x.length === 4 && typeof x[3] === 'string')) &&
  Number.isInteger(x[0]) &&
  typeof x[1] === 'string' &&
  (x[2] === 'o' || x[2] === 'u');

const isRecord = (x: unknown): x is object => typeof x === 'object' && x !== null && !Array.isArray(x);
const TABLE_INDEX = /^(?:0|[1-9][0-9]{0,5})$/;

/** A fetched manifest, checked: undefined when the value is not one (another build's file, a proxy's error page). */
export function readManifest(value: unknown): LookupManifest | undefined {
  if (!isRecord(value) || !('shards' in value)) return undefined;
  const { shards } = value;
  if (!Array.isArray(shards) || !shards.every(isShardEntry)) return undefined;
  return { shards };
}

/**
 * A fetched shard, checked: its tables (index → table) and its codes (code → meanings, each naming one of the
 * shard's tables); undefined when the value is not one.
 */
export function readShard(value: unknown): LookupShard | undefined {
  if (!isRecord(value) || !('tables' in value) || !('codes' in value)) return undefined;
  if (!isRecord(value.tables) || !isRecord(value.codes)) return undefined;
  const shard: LookupShard = { tables: {}, codes: {} };
  for (const [i, table] of Object.entries(value.tables)) {
    if (!TABLE_INDEX.test(i) || !isTable(table)) return undefined;
    shard.tables[Number(i)] = table;
  }
  for (const [code, meanings] of Object.entries(value.codes)) {
    if (!Array.isArray(meanings) || !meanings.every(isMeaning)) return undefined;
    if (!meanings.every(([t]) => shard.tables[t] !== undefined)) return undefined;
    shard.codes[code] = meanings;
  }
  return shard;
}

/** The file of a shard in one language: "-1.3f9c2a71.en.json" (key, hash, language: never another build's file). */
export const shardFile = ([key, hash]: ShardEntry, lang: string): string => `${key}.${hash}.${lang}.json`;
