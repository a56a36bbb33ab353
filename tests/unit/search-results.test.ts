import { describe, expect, it } from 'vitest';
import type { LookupIndex } from '../../src/lib/export-catalog';
import { readPaste } from '../../src/lib/read-paste';
import { codeOutcome, textOutcome } from '../../src/lib/search-results';

const INDEX: LookupIndex = {
  tables: [
    ['image/face', '人脸错误码说明', 'Face recognition', 'codes'],
    ['image/ocr', 'OCR识别错误码说明', 'OCR', 'codes'],
  ],
  codes: {
    '-1102': [
      [0, '图片解码失败', 'Image decoding failed'],
      [1, '图片解码失败', 'Image decoding failed'],
    ],
    '9': [
      [0, '签名过期', 'Signature expired'],
      [1, '签名过期', 'Signature expired'],
    ],
    '-1308': [[0, 'url图片下载失败', 'Failed to download the image from the URL']],
    '-1300': [[0, '图片为空', 'Image is empty']],
  },
};

describe('codeOutcome', () => {
  it('returns one item per table, each landing on the row, for a documented code', () => {
    const outcome = codeOutcome('/sub/', INDEX, readPaste('-1102'));
    expect(outcome.answers.map((a) => a.items.map((i) => i.href))).toEqual([
      ['/sub/image/face/#code--1102', '/sub/image/ocr/#code--1102'],
    ]);
    expect(outcome.answers[0]?.codePage).toBe('/sub/codes/-1102/');
  });
  it('returns no answer and no code page for an undocumented code', () => {
    const outcome = codeOutcome('/', INDEX, readPaste('-11025'));
    expect(outcome.answers).toEqual([{ code: '-11025', items: [] }]);
  });
  it('lists the documented codes of a paste first, each with its meanings', () => {
    const outcome = codeOutcome('/', INDEX, readPaste('12345 then code=9, later -1300'));
    expect(outcome.answers.map((a) => [a.code, a.key, a.items.length])).toEqual([
      ['9', 'code', 2],
      ['-1300', undefined, 1],
      ['12345', undefined, 0],
    ]);
  });
  it('offers the other sign of an undocumented code, as a different code', () => {
    const [answer] = codeOutcome('/', INDEX, readPaste('1308')).answers;
    expect(answer?.codePage).toBeUndefined();
    expect(answer?.otherSign).toEqual({
      code: '-1308',
      codePage: '/codes/-1308/',
      items: [
        {
          href: '/image/face/#code--1308',
          code: '-1308',
          message: 'url图片下载失败',
          en: 'Failed to download the image from the URL',
          where: { heading: '人脸错误码说明', label: 'Face recognition' },
        },
      ],
    });
  });
  it('lists codes that start with a plain partial code apart from the answer', () => {
    const outcome = codeOutcome('/', INDEX, readPaste('-13'));
    expect(outcome.answers.flatMap((a) => a.items)).toEqual([]);
    expect(outcome.startingWith.map((i) => i.code)).toEqual(['-1308', '-1300']);
  });
  it('lists no codes that start with a number read from text', () => {
    expect(codeOutcome('/', INDEX, readPaste('retry -13 times')).startingWith).toEqual([]);
  });
  it('offers the decoder with the decoded values only, when the paste holds warnings', () => {
    const outcome = codeOutcome('/', INDEX, readPaste('{"name":"张三","frontMultiWarning":"10010100"}'));
    expect(outcome.decoder).toBe(`/decode/?q=${encodeURIComponent('frontMultiWarning=10010100')}`);
    expect(codeOutcome('/', INDEX, readPaste('-1102')).decoder).toBeUndefined();
  });
  it('names API 3.0 error codes and the kinds of numbers set aside', () => {
    const outcome = codeOutcome(
      '/',
      INDEX,
      readPaste('{"Error":{"Code":"AuthFailure.SignatureExpire"},"RequestId":"ab-12","ts":1763805601}'),
    );
    expect(outcome.apiErrorCodes).toEqual(['AuthFailure.SignatureExpire']);
    expect(outcome.ignored).toEqual(['request-id', 'timestamp']);
  });
  it('offers the full-text search with the cleaned text, capped', () => {
    expect(codeOutcome('/', INDEX, readPaste('retry 3')).textSearch).toBe('/search/?q=retry%203&mode=text');
    expect(codeOutcome('/', INDEX, readPaste(`3 ${'x'.repeat(5000)}`)).textSearch.length).toBeLessThan(300);
  });
});

describe('textOutcome', () => {
  it('lands on the code page when several meanings contain the words', () => {
    const outcome = textOutcome('/', INDEX, '签名过期', ['9']);
    expect(outcome.kind === 'text' && outcome.items).toEqual([
      { href: '/codes/9/', code: '9', message: '签名过期', en: 'Signature expired', where: 2 },
    ]);
  });
  it('finds the words in the English meaning too (English pages search in English)', () => {
    const outcome = textOutcome('/en/', INDEX, 'signature expired', ['-1102', '9']);
    expect(outcome.kind === 'text' && outcome.items.map((i) => [i.code, i.href])).toEqual([
      ['9', '/en/codes/9/'],
      ['-1102', '/en/codes/-1102/'],
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
