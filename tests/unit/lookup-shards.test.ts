import { describe, expect, it } from 'vitest';
import type { LookupIndex } from '../../src/lib/export-catalog';
import {
  readManifest,
  readShard,
  shardFile,
  shardIndex,
  shardOf,
  shardsWithPrefix,
  splitIntoShards,
  type LookupManifest,
} from '../../src/lib/lookup-shards';

const CODES = ['-1101', '-1102', '-1300', '-1308', '-1', '9', '66660001', '66660002', '66660010', '6', '7000', '7001'];

/** A manifest of the shards of CODES, three codes at most per shard. */
function manifest(): LookupManifest {
  const shards = splitIntoShards(CODES, 3);
  return { shards: [...shards].map(([key, codes]) => [key, '01234567', codes.length]) };
}

describe('splitIntoShards', () => {
  it('puts every code in exactly one shard, no shard over the limit, each code under a key it starts with', () => {
    const shards = splitIntoShards(CODES, 3);
    const all = [...shards.values()].flat();
    expect(all.toSorted()).toEqual([...CODES].sort());
    for (const [key, codes] of shards) {
      expect(codes.length).toBeLessThanOrEqual(3);
      for (const code of codes) expect(code.startsWith(key)).toBe(true);
    }
  });
  it('keeps a group that fits in one shard', () => {
    expect([...splitIntoShards(['-1102', '-1308', '9'], 3)]).toEqual([
      ['-', ['-1102', '-1308']],
      ['9', ['9']],
    ]);
  });
  it('splits 20,000 codes into shards of at most the limit', () => {
    const codes = Array.from({ length: 20_000 }, (_, i) => `7${String(i).padStart(7, '0')}`);
    const shards = splitIntoShards(codes, 128);
    expect(Math.max(...[...shards.values()].map((c) => c.length))).toBeLessThanOrEqual(128);
    expect([...shards.values()].flat()).toHaveLength(20_000);
  });
});

describe('shardOf', () => {
  it('finds the shard that holds each code', () => {
    const m = manifest();
    const shards = splitIntoShards(CODES, 3);
    for (const code of CODES) expect(shards.get(shardOf(m, code)?.[0] ?? '')).toContain(code);
  });
  it('finds no shard for a code no key starts', () => {
    expect(shardOf(manifest(), '5')).toBeUndefined();
  });
});

describe('shardsWithPrefix', () => {
  it('returns the shards holding every code that starts with the prefix', () => {
    const m = manifest();
    const shards = splitIntoShards(CODES, 3);
    for (const prefix of ['-', '-1', '-13', '6', '6666', '66660001', '7']) {
      const held = shardsWithPrefix(m, prefix).flatMap(([key]) => shards.get(key) ?? []);
      expect(held.filter((c) => c.startsWith(prefix)).sort()).toEqual(CODES.filter((c) => c.startsWith(prefix)).sort());
    }
  });
});

describe('shardIndex', () => {
  const TABLES: LookupIndex['tables'] = [
    ['image/face', '万象优图 · 人脸错误码说明', 'codes', 'image', 'image-services-error-codes', 1, []],
    ['image/ocr', '万象优图 · OCR识别错误码说明', 'codes', 'image', 'image-services-error-codes', 1, []],
    ['faceid/api3', '人脸核身 · API 3.0', 'codes', 'faceid', 'api3-faceid', 0, ['Error.Code']],
  ];
  const NAMES = ['FailedOperation.ImageNoIdCard', 'FailedOperation.ImageBlur', 'InternalError'];
  const index: LookupIndex = {
    tables: TABLES,
    codes: Object.fromEntries([...CODES, ...NAMES].map((c, i) => [c, [[i % 3, `m${i}`, 'o']]])),
  };

  it('splits an index into parts whose codes together are the index', () => {
    const parts = [...shardIndex(index, 3).values()];
    expect(Object.assign({}, ...parts.map((p) => p.codes))).toEqual(index.codes);
  });
  it('keys the parts by the folded leading characters, so a name typed in any letter case finds its part', () => {
    const parts = shardIndex(index, 3);
    for (const [key, part] of parts)
      for (const code of Object.keys(part.codes)) expect(code.toLowerCase().startsWith(key)).toBe(true);
    const manifest: LookupManifest = { shards: [...parts].map(([key, p]) => [key, '0', Object.keys(p.codes).length]) };
    const key = shardOf(manifest, 'failedoperation.imagenoidcard')?.[0] ?? '';
    expect(Object.keys(parts.get(key)?.codes ?? {})).toContain('FailedOperation.ImageNoIdCard');
  });
  it('gives each part exactly the tables its codes name, under their indexes in the whole index', () => {
    for (const part of shardIndex(index, 3).values()) {
      const named = new Set(Object.values(part.codes).flatMap((meanings) => meanings.map(([t]) => t)));
      expect(Object.keys(part.tables).map(Number).sort()).toEqual([...named].sort());
      for (const t of named) expect(part.tables[t]).toEqual(TABLES[t]);
    }
  });
});

describe('readManifest', () => {
  it('returns the manifest when the fetched value is one', () => {
    const manifest = { shards: [['-1', '01234567', 3]] };
    expect(readManifest(JSON.parse(JSON.stringify(manifest)))).toEqual(manifest);
  });
  it('returns undefined for anything else (an error page, another shape)', () => {
    for (const value of [null, 'oops', [], { tables: [] }, { shards: {} }, { shards: [['-1', 3]] }]) {
      expect(readManifest(value)).toBeUndefined();
    }
  });
});

describe('readShard', () => {
  const face = [
    'image/face',
    '万象优图 · 人脸错误码说明',
    'codes',
    'image',
    'image-services-error-codes',
    1,
    ['X-ErrNo'],
  ];
  it('returns the tables and the codes with their meanings when the fetched value is a shard', () => {
    const shard = {
      tables: { '3': face },
      codes: { '-1102': [[3, '图片解码失败', 'o']], '-1101': [[3, 'Face detection failed', 'u', '人脸检测失败']] },
    };
    expect(readShard(JSON.parse(JSON.stringify(shard)))).toEqual({ tables: { 3: face }, codes: shard.codes });
  });
  it('returns undefined for anything else', () => {
    for (const value of [
      null,
      [],
      { '-1102': [[0, '图片解码失败', 'o']] }, // codes without their tables
      { tables: { '0': face }, codes: { '-1102': 'x' } },
      { tables: { '0': face }, codes: { '-1102': [['0', 'x', 'o']] } },
      { tables: { '0': face }, codes: { '-1102': [[1, '图片解码失败', 'o']] } }, // names a table the shard lacks
      { tables: { '0': face }, codes: { '-1102': [[0, '图片解码失败']] } }, // no origin
      { tables: { '0': face }, codes: { '-1102': [[0, '图片解码失败', 'x']] } }, // an unknown origin
      { tables: { x: face }, codes: {} },
      { tables: { '0': ['image/face'] }, codes: {} },
      { tables: { '0': [...face.slice(0, 2), 'errors', ...face.slice(3)] }, codes: {} }, // unknown kind
      { tables: { '0': [...face.slice(0, 6), ['X-Err']] }, codes: {} }, // unknown carrier
    ])
      expect(readShard(value)).toBeUndefined();
  });
});

describe('shardFile', () => {
  it("names a shard's file in each language after its key and hash", () => {
    expect(shardFile(['-1', '3f9c2a71', 80], 'en')).toBe('-1.3f9c2a71.en.json');
    expect(shardFile(['failedoperation.i', '3f9c2a71', 80], 'zh-CN')).toBe('failedoperation.i.3f9c2a71.zh-CN.json');
  });
});
