import { describe, expect, it } from 'vitest';
import type { LookupIndex } from '../../src/lib/export-catalog';
import { lookupCode, meaningsOf } from '../../src/lib/lookup-codes';

// A small index in the shape of the code lookup; the real one is checked by the browser tests.
const INDEX: LookupIndex = {
  tables: [
    ['image/face', '人脸错误码说明', 'Face recognition', 'codes'],
    ['faceid/bankcard-warnings', '银行卡 OCR 识别响应码 · 告警码', 'Bank-card OCR warnings', 'warnings'],
  ],
  codes: {
    '-1102': [[0, '图片解码失败', 'Image decoding failed']],
    '-1101': [[0, '人脸检测失败', 'Face detection failed']],
    '-9110': [[1, '无效的日期信息', 'Invalid date']],
    '66660001': [[0, 'a', 'A']],
    '66660002': [[0, 'b', 'B']],
    '66660010': [[0, 'c', 'C']],
  },
};

describe('meaningsOf', () => {
  it('returns each meaning with its table when the code is documented', () => {
    expect(meaningsOf(INDEX, '-9110')).toEqual([
      {
        code: '-9110',
        tableId: 'faceid/bankcard-warnings',
        heading: '银行卡 OCR 识别响应码 · 告警码',
        label: 'Bank-card OCR warnings',
        kind: 'warnings',
        message: '无效的日期信息',
        en: 'Invalid date',
      },
    ]);
  });
  it('returns nothing when the code is in no table', () => {
    expect(meaningsOf(INDEX, '12345')).toEqual([]);
  });
});

describe('lookupCode', () => {
  it('returns the exact meanings and no prefix matches for a full code', () => {
    const found = lookupCode(INDEX, '-1102');
    expect(found.meanings.map((m) => m.message)).toEqual(['图片解码失败']);
    expect(found.startingWith).toEqual([]);
  });
  it('lists codes that start with a partial code, in numeric order', () => {
    expect(lookupCode(INDEX, '6666').startingWith).toEqual(['66660001', '66660002', '66660010']);
    expect(lookupCode(INDEX, '-110').startingWith).toEqual(['-1102', '-1101']);
  });
  it('caps the prefix list and counts the rest', () => {
    const found = lookupCode(INDEX, '6666', 2);
    expect(found.startingWith).toEqual(['66660001', '66660002']);
    expect(found.moreStartingWith).toBe(1);
  });
  it('never offers another code as the meaning of an undocumented one', () => {
    const found = lookupCode(INDEX, '-11025');
    expect(found.meanings).toEqual([]);
    expect(found.startingWith).toEqual([]);
  });
});
