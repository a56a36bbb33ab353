import { createHash } from 'node:crypto';
import { catalog } from './catalog';
import { buildLookupIndex } from './lib/export-catalog';
import {
  shardFile,
  shardIndex,
  splitTranslations,
  translationsFile,
  type LookupManifest,
  type LookupShard,
  type ShardEntry,
} from './lib/lookup-shards';

/**
 * Most codes in one shard of the code lookup. A shard of 128 codes is about 3 KB gzip, and the manifest grows by
 * one short entry per shard: a first lookup stays under 10 KB up to tens of thousands of codes.
 */
const SHARD_CODES = 128;

/** A short hash of a file's content, in its name, so a page never reads another build's file. */
const hashOf = (body: string): string => createHash('sha256').update(body).digest('hex').slice(0, 8);

function build() {
  const index = buildLookupIndex(catalog);
  const files = new Map<string, string>();
  const manifest: LookupManifest = { shards: [] };
  for (const [key, { tables, codes }] of shardIndex(index, SHARD_CODES)) {
    // The official meanings, and beside them (named after them) our English, which only the English pages read.
    const { official, translations } = splitTranslations(codes);
    const body = JSON.stringify({ tables, codes: official } satisfies LookupShard);
    const english = JSON.stringify(translations);
    const entry: ShardEntry = [key, hashOf(body + english), Object.keys(codes).length];
    files.set(shardFile(entry), body);
    files.set(translationsFile(entry), english);
    manifest.shards.push(entry);
  }
  const body = JSON.stringify(manifest);
  const manifestFile = `index.${hashOf(body)}.json`;
  files.set(manifestFile, body);
  return { files, manifestFile };
}

/** The files of the code lookup (served under lookup/), and which of them is the manifest every page points to. */
export const lookupFiles = build();
