import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/build-catalog';
import { buildLookupIndex, CODES_JSON_VERSION, exportCatalog } from '../../src/lib/export-catalog';
import { CodeTableSchema } from '../../src/schemas/code-table';
import { TableTranslationSchema } from '../../src/schemas/table-translation';

const BANK = {
  id: 'faceid/bankcard-warnings',
  data: CodeTableSchema.parse({
    product: 'faceid',
    document: 'faceid-response-codes',
    order: 0,
    kind: 'warnings',
    sections: ['银行卡 OCR 识别响应码'],
    part: '告警码',
    columns: { code: '告警码', message: '返回信息' },
    notices: [['对于告警码，默认处理为通过']],
    rows: [
      { codes: ['-9110'], message: '无效的日期信息' },
      { codes: ['66661009'], message: '银行卡已过期' },
    ],
  }),
};
const API = {
  id: 'faceid/api3',
  data: CodeTableSchema.parse({
    product: 'faceid',
    document: 'api3-faceid',
    order: 1,
    carriedIn: ['Error.Code'],
    rows: [{ codes: ['FailedOperation.DbError'], message: { zh: '数据库异常。', en: null } }],
  }),
};
const translations = [
  {
    id: 'en/faceid/bankcard-warnings',
    data: TableTranslationSchema.parse({
      label: 'Bank card OCR warnings',
      sections: ['Bank card OCR return codes'],
      part: 'Warning codes',
      columns: { code: 'Warning code', message: 'Return message' },
      notices: [['Warnings are accepted by default']],
      rows: { '-9110': { message: 'Invalid date information' }, '66661009': { message: 'Bank card expired' } },
    }),
  },
  {
    id: 'en/faceid/api3',
    data: TableTranslationSchema.parse({
      label: 'API 3.0 error codes',
      rows: { 'FailedOperation.DbError': { message: 'Database error.' } },
    }),
  },
];
const catalog = buildCatalog([BANK, API], translations);
const NAMES = { faceid: { zh: '人脸核身', en: 'FaceID' } } as unknown as Parameters<typeof exportCatalog>[4];

describe('exportCatalog', () => {
  const out = exportCatalog(catalog, [], 'https://example.com', '/errcodes/', NAMES);
  it('says its version and its languages, the source language first', () => {
    expect(out).toMatchObject({ version: CODES_JSON_VERSION, languages: ['zh', 'en'], sourceLanguage: 'zh' });
  });
  it('gives every table an absolute URL under the base path, and every code of every row the URL of its row', () => {
    expect(out.tables[0]?.url).toBe('https://example.com/errcodes/faceid/bankcard-warnings/');
    expect(out.tables[0]?.rows[0]?.urls).toEqual({
      '-9110': 'https://example.com/errcodes/faceid/bankcard-warnings/#code--9110',
    });
  });
  it("gives every text as Tencent's words per language and the site's translation apart", () => {
    expect(out.tables[0]?.notices).toEqual([
      [{ official: { zh: '对于告警码，默认处理为通过' }, ours: { en: 'Warnings are accepted by default' } }],
    ]);
    expect(out.tables[1]?.rows[0]?.message).toEqual({
      official: { zh: '数据库异常。', en: null },
      ours: { en: 'Database error.' },
    });
  });
  it('names each document with its provenance, and says which are deprecated', () => {
    const seed = out.documents.find((d) => d.id === 'faceid-response-codes');
    expect(seed?.deprecated).toEqual({ movedOn: '2019-04-07' });
    expect(seed?.languages.zh).toMatchObject({
      repository: 'tencentyun/qcloud-documents',
      served: 'https://example.com/errcodes/sources/faceid-response-codes.md',
    });
    expect(out.documents.find((d) => d.id === 'api3-faceid')?.licence).toBe('Apache-2.0');
  });
  it('lists each code with its page', () => {
    expect(out.codes.map((c) => c.url)).toEqual([
      'https://example.com/errcodes/codes/-9110/',
      'https://example.com/errcodes/codes/66661009/',
      'https://example.com/errcodes/codes/FailedOperation.DbError/',
    ]);
  });
});

describe('buildLookupIndex', () => {
  const products = { faceid: { short: 'FaceID' } } as unknown as Parameters<typeof buildLookupIndex>[2];
  it("returns every code with its tables and its meaning in the page's language, nothing else", () => {
    expect(buildLookupIndex(catalog, 'en', products)).toEqual({
      tables: [
        [
          'faceid/bankcard-warnings',
          'FaceID · Bank card OCR warnings',
          'warnings',
          'faceid',
          'faceid-response-codes',
          1,
          [],
        ],
        ['faceid/api3', 'FaceID · API 3.0 error codes', 'codes', 'faceid', 'api3-faceid', 0, ['Error.Code']],
      ],
      codes: {
        '-9110': [[0, 'Invalid date information', 'u', '无效的日期信息']],
        '66661009': [[0, 'Bank card expired', 'u', '银行卡已过期']],
        'FailedOperation.DbError': [[1, 'Database error.', 'u', '数据库异常。']],
      },
    });
  });
  it('gives the Chinese pages the official Chinese alone', () => {
    expect(buildLookupIndex(catalog, 'zh-CN', products).codes['-9110']).toEqual([[0, '无效的日期信息', 'o']]);
  });
});
