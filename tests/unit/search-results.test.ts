import { describe, expect, it } from 'vitest';
import type { LookupIndex } from '../../src/lib/export-catalog';
import { codeOutcome, textOutcome } from '../../src/lib/search-results';

const INDEX: LookupIndex = {
  tables: [
    ['image/face', '人脸错误码说明', 'Face recognition', 'codes'],
    ['image/ocr', 'OCR识别错误码说明', 'OCR', 'codes'],
  ],
  codes: {
    '-1102': [
      [0, '图片解码失败'],
      [1, '图片解码失败'],
    ],
    '9': [
      [0, '签名过期'],
      [1, '签名过期'],
    ],
    '-1308': [[0, 'url图片下载失败']],
    '-1300': [[0, '图片为空']],
  },
};

describe('codeOutcome', () => {
  it('returns one item per table, each landing on the row, for a documented code', () => {
    const outcome = codeOutcome('/sub/', INDEX, { kind: 'code', code: '-1102', extracted: false, text: '-1102' });
    expect(outcome.kind === 'code' && outcome.items.map((i) => i.href)).toEqual([
      '/sub/image/face/#code--1102',
      '/sub/image/ocr/#code--1102',
    ]);
    expect(outcome.kind === 'code' && outcome.codePage).toBe('/sub/codes/-1102/');
  });
  it('returns no answer and no code page for an undocumented code', () => {
    const outcome = codeOutcome('/', INDEX, { kind: 'code', code: '-11025', extracted: false, text: '-11025' });
    expect(outcome.kind === 'code' && outcome.items).toEqual([]);
    expect(outcome.kind === 'code' && outcome.codePage).toBeUndefined();
  });
  it('lists codes that start with a partial code apart from the answer', () => {
    const outcome = codeOutcome('/', INDEX, { kind: 'code', code: '-13', extracted: false, text: '-13' });
    expect(outcome.kind === 'code' && outcome.items).toEqual([]);
    expect(outcome.kind === 'code' && outcome.startingWith.map((i) => i.code)).toEqual(['-1308', '-1300']);
  });
  it('offers the full-text search with the original text', () => {
    const outcome = codeOutcome('/', INDEX, { kind: 'code', code: '3', extracted: true, text: 'retry 3' });
    expect(outcome.kind === 'code' && outcome.textSearch).toBe('/search/?q=retry%203&mode=text');
  });
});

describe('textOutcome', () => {
  it('lands on the code page when several meanings contain the words', () => {
    const outcome = textOutcome('/', INDEX, '签名过期', ['9']);
    expect(outcome.kind === 'text' && outcome.items).toEqual([
      { href: '/codes/9/', code: '9', meaning: '签名过期', where: '2 tables' },
    ]);
  });
  it('lands on the row when exactly one meaning contains the words', () => {
    const outcome = textOutcome('/', INDEX, '下载', ['-1308']);
    expect(outcome.kind === 'text' && outcome.items[0]?.href).toBe('/image/face/#code--1308');
  });
  it('puts the results whose meaning holds the whole phrase first, closest meaning first, then the others in order', () => {
    const outcome = textOutcome('/', INDEX, '图片', ['9', '-1308', '-1102', '-1300']);
    expect(outcome.kind === 'text' && outcome.items.map((i) => i.code)).toEqual(['-1300', '-1102', '-1308', '9']);
  });
  it('lists only what Pagefind found, each code once', () => {
    const outcome = textOutcome('/', INDEX, '图片', ['-1308', '-1308']);
    expect(outcome.kind === 'text' && outcome.items.map((i) => i.code)).toEqual(['-1308']);
  });
  it('caps the number of results', () => {
    const outcome = textOutcome('/', INDEX, '图片', ['9', '-1308', '-1102'], 2);
    expect(outcome.kind === 'text' && outcome.items).toHaveLength(2);
  });
  it('skips codes that are not in the index', () => {
    const outcome = textOutcome('/', INDEX, 'x', ['424242']);
    expect(outcome.kind === 'text' && outcome.items).toEqual([]);
  });
});
