import { createHash } from 'node:crypto';
import { catalog } from './catalog';
import { dictionary } from './i18n';
import { buildLookupIndex } from './lib/export-catalog';
import { LANG_IDS } from './lib/i18n';
import { shardFile, shardIndex, type LookupManifest, type LookupShard, type ShardEntry } from './lib/lookup-shards';

/**
 * Most codes in one shard of the code lookup. A shard of 128 codes is about 3 KB gzip, and the manifest grows by
 * one short entry per shard: a first lookup stays under 10 KB up to tens of thousands of codes.
 */
const SHARD_CODES = 128;

/** A short hash of a file's content, in its name, so a page never reads another build's file. */
const hashOf = (body: string): string => createHash('sha256').update(body).digest('hex').slice(0, 8);

function build() {
  // One lookup per language: a page reads the files of its own language only.
  const byLang = LANG_IDS.map((lang) => ({
    lang,
    shards: shardIndex(buildLookupIndex(catalog, lang, dictionary(lang).products), SHARD_CODES),
  }));
  const [first] = byLang;
  const files = new Map<string, string>();
  const manifest: LookupManifest = { shards: [] };
  for (const key of first?.shards.keys() ?? []) {
    const bodies = byLang.map(({ lang, shards }) => {
      const { tables, codes } = shards.get(key) ?? { tables: {}, codes: {} };
      return { lang, body: JSON.stringify({ tables, codes } satisfies LookupShard), count: Object.keys(codes).length };
    });
    const entry: ShardEntry = [key, hashOf(bodies.map((b) => b.body).join('\n')), bodies[0]?.count ?? 0];
    for (const { lang, body } of bodies) files.set(shardFile(entry, lang), body);
    manifest.shards.push(entry);
  }
  const body = JSON.stringify(manifest);
  const manifestFile = `index.${hashOf(body)}.json`;
  files.set(manifestFile, body);
  return { files, manifestFile };
}

/** The files of the code lookup (served under lookup/), and which of them is the manifest every page points to. */
export const lookupFiles = build();
