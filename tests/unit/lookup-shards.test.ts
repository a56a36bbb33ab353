import { describe, expect, it } from 'vitest';
import type { LookupIndex } from '../../src/lib/export-catalog';
import {
  readManifest,
  readShard,
  readTranslations,
  shardIndex,
  shardOf,
  shardsWithPrefix,
  splitIntoShards,
  splitTranslations,
  translationsFile,
  withTranslations,
  type LookupManifest,
} from '../../src/lib/lookup-shards';

const CODES = ['-1101', '-1102', '-1300', '-1308', '-1', '9', '66660001', '66660002', '66660010', '6', '7000', '7001'];

/** A manifest of the shards of CODES, three codes at most per shard. */
function manifest(): LookupManifest {
  const shards = splitIntoShards(CODES, 3);
  return { tables: [], shards: [...shards].map(([key, codes]) => [key, `${key}.json`, codes.length]) };
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
  it('splits an index into parts that together are the index', () => {
    const index: LookupIndex = {
      tables: [],
      codes: Object.fromEntries(CODES.map((c, i) => [c, [[0, `m${i}`, `e${i}`]]])),
    };
    const parts = shardIndex(index, 3);
    expect(Object.assign({}, ...parts.values())).toEqual(index.codes);
  });
});

describe('readManifest', () => {
  it('returns the manifest when the fetched value is one, tables of either kind', () => {
    const manifest = {
      tables: [
        ['image/face', '人脸错误码说明', 'Face recognition', 'codes'],
        ['faceid/bankcard-warnings', '银行卡告警码', 'Bank card warnings', 'warnings'],
      ],
      shards: [['-1', '-1.0123456789.json', 3]],
    };
    expect(readManifest(JSON.parse(JSON.stringify(manifest)))).toEqual(manifest);
  });
  it('returns undefined for anything else (an error page, another shape, a table of an unknown kind)', () => {
    for (const value of [
      null,
      'oops',
      [],
      { tables: [] },
      { tables: [['x']], shards: [] },
      { tables: [['image/face', '人脸错误码说明', 'Face recognition', 'errors']], shards: [] },
      { tables: [], shards: [['-1', 3]] },
    ]) {
      expect(readManifest(value)).toBeUndefined();
    }
  });
});

describe('readShard', () => {
  it('returns the codes and their meanings when the fetched value is a shard', () => {
    const shard = { '-1102': [[0, '图片解码失败']] };
    expect(readShard(shard)).toEqual(shard);
  });
  it('returns undefined for anything else', () => {
    for (const value of [
      null,
      [],
      { '-1102': 'x' },
      { '-1102': [['0', 'x']] },
      { '-1102': [[0, '图片解码失败', 'Image decoding failed']] }, // the English is in a file of its own
    ])
      expect(readShard(value)).toBeUndefined();
  });
});

describe('splitTranslations', () => {
  it('returns the official meanings apart from their English, in the same order', () => {
    const codes: LookupIndex['codes'] = {
      '9': [
        [0, '签名过期', 'Signature expired'],
        [1, '签名过期', 'Signature expired'],
      ],
    };
    expect(splitTranslations(codes)).toEqual({
      official: {
        '9': [
          [0, '签名过期'],
          [1, '签名过期'],
        ],
      },
      translations: { '9': ['Signature expired', 'Signature expired'] },
    });
  });
});

describe('withTranslations', () => {
  it('returns the meanings with their English, which splitTranslations took apart', () => {
    const codes: LookupIndex['codes'] = {
      '-1102': [[0, '图片解码失败', 'Image decoding failed']],
      '9': [[1, '签名过期', 'Signature expired']],
    };
    const { official, translations } = splitTranslations(codes);
    expect(withTranslations(official, translations)).toEqual(codes);
  });
  it('leaves a meaning without English when the translations lack it', () => {
    expect(withTranslations({ '9': [[0, '签名过期']] }, {})).toEqual({ '9': [[0, '签名过期']] });
  });
});

describe('translationsFile', () => {
  it('returns the name of the English beside a shard file', () => {
    expect(translationsFile('-1.3f9c2a71e0.json')).toBe('-1.3f9c2a71e0.en.json');
  });
});

describe('readTranslations', () => {
  it('returns the English of each code when the fetched value is a translations file', () => {
    expect(readTranslations({ '9': ['Signature expired'] })).toEqual({ '9': ['Signature expired'] });
  });
  it('returns undefined for anything else', () => {
    for (const value of [null, [], { '9': 'x' }, { '9': [1] }]) expect(readTranslations(value)).toBeUndefined();
  });
});
