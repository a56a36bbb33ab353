import { describe, expect, it } from 'vitest';
import { headingText, tableTitle } from '../../src/lib/table-heading';
import type { Table } from '../../src/lib/build-catalog';

const base: Table = {
  id: 'faceid/bankcard-warnings',
  file: 'content/tables/faceid/bankcard-warnings.yaml',
  product: 'faceid',
  document: 'faceid-response-codes',
  order: 0,
  kind: 'warnings',
  carriedIn: [],
  sections: [{ official: { zh: '银行卡 OCR 识别响应码' }, ours: { en: 'Bank card OCR return codes' } }],
  label: { en: 'Bank card OCR warnings' },
  prose: [],
  notices: [],
  tips: [],
  related: [],
  rows: [],
};

describe('headingText', () => {
  it('returns the last of the headings the source writes above the table', () => {
    expect(headingText(base)).toBe(base.sections[0]);
  });
  it('makes one from the product and the API for a table whose source has no heading', () => {
    const heading = headingText({ ...base, document: 'api3-faceid', sections: [] });
    expect(heading.official).toEqual({});
    expect(heading.ours.zh).toBe('人脸核身 API 3.0 错误码（faceid 2018-03-01）');
    expect(heading.ours.en).toBe('FaceID API 3.0 error codes (faceid 2018-03-01)');
  });
});

describe('tableTitle', () => {
  it("returns the heading in the page's language, with the part when a section holds two tables", () => {
    expect(tableTitle(base, 'zh-CN')).toBe('银行卡 OCR 识别响应码');
    const part = { ...base, part: { official: {}, ours: { zh: '告警码', en: 'Warning codes' } } };
    expect(tableTitle(part, 'zh-CN')).toBe('银行卡 OCR 识别响应码 · 告警码');
    expect(tableTitle(part, 'en')).toBe('Bank card OCR return codes · Warning codes');
  });
});
