import { describe, expect, it } from 'vitest';
import type { LookupIndex } from '../../src/lib/export-catalog';
import { lookupCode, meaningsOf, spellingOf } from '../../src/lib/lookup-codes';

// A small index in the shape of the code lookup; the real one is checked by the browser tests.
const INDEX: LookupIndex = {
  tables: [
    ['image/download', '万象优图 · 图片下载错误码说明', 'codes', 'image', 'image-services-error-codes', 1, ['X-ErrNo']],
    ['faceid/bankcard-warnings', '人脸核身 · 银行卡告警', 'warnings', 'faceid', 'faceid-response-codes', 1, []],
    ['ci/moderation', '数据万象 · 内容审核错误码', 'codes', 'ci', 'cloud-infinite-error-codes', 0, []],
    ['ci/download', '数据万象 · 下载时处理错误码', 'codes', 'ci', 'cloud-infinite-error-codes', 0, ['X-ErrNo']],
    ['faceid/api3', '人脸核身 · API 3.0', 'codes', 'faceid', 'api3-faceid', 0, ['Error.Code']],
  ],
  codes: {
    '-5062': [
      [0, '图片涉嫌违禁', 'o'],
      [2, '图片涉嫌违禁。', 'o'],
      [3, '图片涉嫌违禁。', 'o'],
    ],
    '-9110': [[1, 'Invalid date information', 'u', '无效的日期信息']],
    '66660001': [[1, 'a', 'o']],
    '66660002': [[1, 'b', 'o']],
    '66660010': [[1, 'c', 'o']],
    'FailedOperation.ImageNoIdCard': [[4, '照片未检测到身份证。', 'o']],
  },
};

describe('meaningsOf', () => {
  it('returns no meaning for a word that every object has, such as toString', () => {
    for (const word of ['toString', 'constructor', '__proto__', 'hasOwnProperty'])
      expect(meaningsOf(INDEX, word), word).toEqual([]);
  });
  it('returns each meaning with its table, its translation marked as ours beside the original', () => {
    expect(meaningsOf(INDEX, '-9110')).toEqual([
      {
        code: '-9110',
        tableId: 'faceid/bankcard-warnings',
        name: '人脸核身 · 银行卡告警',
        kind: 'warnings',
        product: 'faceid',
        document: 'faceid-response-codes',
        deprecated: true,
        carriedIn: [],
        text: 'Invalid date information',
        ours: true,
        original: '无效的日期信息',
      },
    ]);
  });
  it("puts Tencent's current documents before its deprecated pages", () => {
    expect(meaningsOf(INDEX, '-5062').map((m) => m.tableId)).toEqual([
      'ci/moderation',
      'ci/download',
      'image/download',
    ]);
  });
  it('puts first the tables whose codes come where the paste says its code came (an X-ErrNo header)', () => {
    expect(meaningsOf(INDEX, '-5062', ['X-ErrNo']).map((m) => m.tableId)).toEqual([
      'ci/download',
      'image/download',
      'ci/moderation',
    ]);
  });
  it('finds an API 3.0 name typed in any letter case, and gives it as Tencent writes it', () => {
    expect(meaningsOf(INDEX, 'failedoperation.imagenoidcard').map((m) => m.code)).toEqual([
      'FailedOperation.ImageNoIdCard',
    ]);
    expect(spellingOf(INDEX, 'FAILEDOPERATION.IMAGENOIDCARD')).toBe('FailedOperation.ImageNoIdCard');
  });
  it('returns nothing when the code is in no table', () => {
    expect(meaningsOf(INDEX, '12345')).toEqual([]);
  });
});

describe('lookupCode', () => {
  it('returns the exact meanings and no prefix matches for a full code', () => {
    const found = lookupCode(INDEX, '-9110');
    expect(found.meanings.map((m) => m.text)).toEqual(['Invalid date information']);
    expect(found.startingWith).toEqual([]);
  });
  it('lists codes that start with a partial code, in catalogue order, in any letter case', () => {
    expect(lookupCode(INDEX, '6666').startingWith).toEqual(['66660001', '66660002', '66660010']);
    expect(lookupCode(INDEX, 'failedop').startingWith).toEqual(['FailedOperation.ImageNoIdCard']);
  });
  it('caps the prefix list and counts the rest', () => {
    const found = lookupCode(INDEX, '6666', 2);
    expect(found.startingWith).toEqual(['66660001', '66660002']);
    expect(found.moreStartingWith).toBe(1);
  });
  it('never offers another code as the meaning of an undocumented one', () => {
    const found = lookupCode(INDEX, '-50625');
    expect(found.meanings).toEqual([]);
    expect(found.startingWith).toEqual([]);
  });
});
