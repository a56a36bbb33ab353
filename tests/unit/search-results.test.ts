import { describe, expect, it } from 'vitest';
import type { LookupIndex } from '../../src/lib/export-catalog';
import { readPaste } from '../../src/lib/read-paste';
import { codeOutcome, textOutcome } from '../../src/lib/search-results';

// A small index in the shape of the English pages' code lookup.
const INDEX: LookupIndex = {
  tables: [
    ['image/face', 'Cloud Infinite V1 · Face recognition', 'codes', 'image', 'image-services-error-codes', 1, []],
    [
      'image/download',
      'Cloud Infinite V1 · Image download',
      'codes',
      'image',
      'image-services-error-codes',
      1,
      ['X-ErrNo'],
    ],
    ['ci/moderation', 'Cloud Infinite · Content moderation errors', 'codes', 'ci', 'cloud-infinite-error-codes', 0, []],
    ['ci/download', 'Cloud Infinite · Download errors', 'codes', 'ci', 'cloud-infinite-error-codes', 0, ['X-ErrNo']],
    ['faceid/api3', 'FaceID · API 3.0 error codes', 'codes', 'faceid', 'api3-faceid', 0, ['Error.Code']],
  ],
  codes: {
    '-1102': [[0, 'Image decoding failed', 'u', '图片解码失败']],
    '9': [[0, 'Signature expired', 'u', '签名过期']],
    '-1308': [[0, 'Failed to download the image from the URL', 'u', 'url图片下载失败']],
    '-1300': [[0, 'Image is empty', 'u', '图片为空']],
    '-5062': [
      [1, 'Image suspected of containing prohibited content', 'u', '图片涉嫌违禁'],
      [2, 'The image may be illegal.', 'o', '图片涉嫌违禁。'],
      [3, 'The image may be illegal.', 'o', '图片涉嫌违禁。'],
    ],
    'AuthFailure.SignatureExpire': [[4, 'Signature expired.', 'o', '签名过期。']],
  },
};

describe('codeOutcome', () => {
  it('returns one item per table, each landing on the row, for a documented code', () => {
    const outcome = codeOutcome('/sub/', INDEX, readPaste('-5062'));
    expect(outcome.answers.map((a) => a.items.map((i) => i.href))).toEqual([
      ['/sub/ci/moderation/#code--5062', '/sub/ci/download/#code--5062', '/sub/image/download/#code--5062'],
    ]);
    expect(outcome.answers[0]?.codePage).toBe('/sub/codes/-5062/');
  });
  it('puts first the meanings of the tables whose codes come where the paste says (an X-ErrNo header)', () => {
    const outcome = codeOutcome('/', INDEX, readPaste('X-ErrNo: -5062'));
    expect(outcome.answers[0]?.items.map((i) => i.href)).toEqual([
      '/ci/download/#code--5062',
      '/image/download/#code--5062',
      '/ci/moderation/#code--5062',
    ]);
  });
  it('answers an API 3.0 code of a response in any letter case, written as Tencent writes it', () => {
    const paste = '{"Response":{"Error":{"Code":"authfailure.signatureexpire","Message":"x"},"RequestId":"ab-12"}}';
    const [answer] = codeOutcome('/', INDEX, readPaste(paste)).answers;
    expect([answer?.code, answer?.codePage]).toEqual([
      'AuthFailure.SignatureExpire',
      '/codes/AuthFailure.SignatureExpire/',
    ]);
  });
  it('returns no answer and no code page for an undocumented code', () => {
    const outcome = codeOutcome('/', INDEX, readPaste('-11025'));
    expect(outcome.answers).toEqual([{ code: '-11025', items: [] }]);
  });
  it('lists the documented codes of a paste first, each with its meanings', () => {
    const outcome = codeOutcome('/', INDEX, readPaste('12345 then code=9, later -1300'));
    expect(outcome.answers.map((a) => [a.code, a.key, a.items.length])).toEqual([
      ['9', 'code', 1],
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
          text: 'Failed to download the image from the URL',
          ours: true,
          original: 'url图片下载失败',
          where: { name: 'Cloud Infinite V1 · Face recognition', deprecated: true },
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
  it('shares only the documented codes: never a phone or an ID number beside them', () => {
    const outcome = codeOutcome('/', INDEX, readPaste('错误码：-1102 身份证 110101 19900307 123X 电话 13812345678'));
    expect(outcome.shared).toBe('code=-1102');
    expect(codeOutcome('/', INDEX, readPaste('{"Name":"张三","IdNum":"110101199003071234"}')).shared).toBe('');
  });
  it('says how many codes of a long paste were not read', () => {
    const paste = `${Array.from({ length: 250 }, (_, i) => `code=${70000 + i}`).join(' ')} {"WarningCode":[-9110]}`;
    const outcome = codeOutcome('/', INDEX, readPaste(paste));
    expect(outcome.cut).toBe(50);
  });
  it('names the kinds of numbers set aside', () => {
    const outcome = codeOutcome('/', INDEX, readPaste('{"Code":"InternalError","RequestId":"ab-12","ts":1763805601}'));
    expect(outcome.ignored).toEqual(['request-id', 'timestamp']);
  });
  it('offers the full-text search for words only, never for a paste', () => {
    expect(codeOutcome('/', INDEX, readPaste('retry 3')).textSearch).toBe('/search/?q=retry%203&mode=text');
    expect(codeOutcome('/', INDEX, readPaste(`{"code": 3, "x": "${'x'.repeat(5000)}"}`)).textSearch).toBeUndefined();
  });
});

describe('textOutcome', () => {
  it('lands on the code page when several meanings contain the words', () => {
    const outcome = textOutcome('/', INDEX, '违禁', ['-5062']);
    expect(outcome.kind === 'text' && outcome.items.map((i) => [i.href, i.where])).toEqual([['/codes/-5062/', 3]]);
  });
  it("finds the words in the page's language or in Tencent's original beside it", () => {
    const outcome = textOutcome('/en/', INDEX, 'signature expired', ['-1102', '9', 'AuthFailure.SignatureExpire']);
    expect(outcome.kind === 'text' && outcome.items.map((i) => [i.code, i.href])).toEqual([
      ['9', '/en/image/face/#code-9'],
      ['AuthFailure.SignatureExpire', '/en/faceid/api3/#code-AuthFailure.SignatureExpire'],
      ['-1102', '/en/codes/-1102/'],
    ]);
    expect(textOutcome('/en/', INDEX, '图片为空', ['-1300']).kind === 'text').toBe(true);
  });
  it('puts the results whose meaning holds the whole phrase first, closest meaning first, then the others in order', () => {
    const outcome = textOutcome('/', INDEX, 'image', ['9', '-1308', '-1102', '-1300']);
    expect(outcome.kind === 'text' && outcome.items.map((i) => i.code)).toEqual(['-1300', '-1102', '-1308', '9']);
  });
  it('lists only what Pagefind found, each code once, and caps them', () => {
    expect(textOutcome('/', INDEX, 'x', ['-1308', '-1308']).kind === 'text').toBe(true);
    const once = textOutcome('/', INDEX, 'image', ['-1308', '-1308']);
    expect(once.kind === 'text' && once.items.map((i) => i.code)).toEqual(['-1308']);
    const capped = textOutcome('/', INDEX, 'image', ['9', '-1308', '-1102'], 2);
    expect(capped.kind === 'text' && capped.items).toHaveLength(2);
  });
  it('shares the words it searched, and nothing for a paste', () => {
    const words = textOutcome('/', INDEX, '签名 过期', []);
    expect(words.kind === 'text' && words.shared).toBe('签名 过期');
    const paste = textOutcome('/', INDEX, '{"Name":"张三"}', []);
    expect(paste.kind === 'text' && paste.shared).toBe('');
  });
});
