import { describe, expect, it } from 'vitest';
import { buildCatalog, type TableEntry } from '../../src/lib/build-catalog';
import { buildLookupIndex, exportCatalog } from '../../src/lib/export-catalog';

const BANK: TableEntry = {
  id: 'faceid/bankcard-warnings',
  data: {
    product: 'faceid',
    order: 0,
    kind: 'warnings',
    title: '银行卡 OCR 识别响应码',
    label: 'Bank-card OCR warnings',
    source: { document: 'faceid-response-codes.md', section: '银行卡 OCR 识别响应码', part: '告警码' },
    columns: { code: '告警码', message: '返回信息' },
    prose: [],
    notices: [['对于告警码，默认处理为通过']],
    related: [],
    en: {
      title: 'Bank card OCR response codes',
      part: 'Warning codes',
      columns: { code: 'Warning code', message: 'Return message' },
      prose: [],
      notices: [['For warning codes, the default handling is to pass']],
    },
    rows: [
      { codes: ['-9110'], message: '无效的日期信息', en: { message: 'Invalid date information' } },
      { codes: ['66661009'], message: '银行卡已过期', en: { message: 'Bank card expired' } },
    ],
  },
};
const catalog = buildCatalog([BANK]);

describe('exportCatalog', () => {
  const out = exportCatalog(catalog, 'https://example.com', '/errcodes/');
  it('gives every table an absolute URL under the base path', () => {
    expect(out.tables[0]?.url).toBe('https://example.com/errcodes/faceid/bankcard-warnings/');
  });
  it('gives every code of every row the absolute URL of its row', () => {
    expect(out.tables[0]?.rows[0]?.urls).toEqual({
      '-9110': 'https://example.com/errcodes/faceid/bankcard-warnings/#code--9110',
    });
  });
  it('keeps the source text and provenance of the table', () => {
    expect(out.tables[0]).toMatchObject({
      heading: '银行卡 OCR 识别响应码 · 告警码',
      notices: [['对于告警码，默认处理为通过']],
    });
  });
  it('carries the English beside the Chinese, for the table and for every row', () => {
    expect(out.tables[0]).toMatchObject({
      title: '银行卡 OCR 识别响应码',
      en: {
        title: 'Bank card OCR response codes',
        part: 'Warning codes',
        notices: [['For warning codes, the default handling is to pass']],
      },
    });
    expect(out.tables[0]?.rows.map((row) => [row.message, row.en.message])).toEqual([
      ['无效的日期信息', 'Invalid date information'],
      ['银行卡已过期', 'Bank card expired'],
    ]);
  });
  it('lists each code with its page', () => {
    expect(out.codes.map((c) => c.url)).toEqual([
      'https://example.com/errcodes/codes/-9110/',
      'https://example.com/errcodes/codes/66661009/',
    ]);
  });
});

describe('buildLookupIndex', () => {
  it('returns every code with its table and meaning in both languages, nothing else', () => {
    expect(buildLookupIndex(catalog)).toEqual({
      tables: [['faceid/bankcard-warnings', '银行卡 OCR 识别响应码 · 告警码', 'Bank-card OCR warnings', 'warnings']],
      codes: {
        '-9110': [[0, '无效的日期信息', 'Invalid date information']],
        '66661009': [[0, '银行卡已过期', 'Bank card expired']],
      },
    });
  });
});
