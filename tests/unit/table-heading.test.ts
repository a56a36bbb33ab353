import { describe, expect, it } from 'vitest';
import { tableHeading, tableHeadings } from '../../src/lib/table-heading';

describe('tableHeading', () => {
  it('returns the section title when the section holds one table', () => {
    expect(
      tableHeading({
        title: '人脸错误码说明',
        source: { document: 'image-services-error-codes.md', section: '人脸错误码说明' },
      }),
    ).toBe('人脸错误码说明');
  });
  it('adds the part when a section holds two tables', () => {
    expect(
      tableHeading({
        title: '银行卡 OCR 识别响应码',
        source: { document: 'faceid-response-codes.md', section: '银行卡 OCR 识别响应码', part: '告警码' },
      }),
    ).toBe('银行卡 OCR 识别响应码 · 告警码');
  });
});

describe('tableHeadings', () => {
  const columns = { code: 'Code', message: 'Meaning' };
  it('returns the Chinese heading and its English translation', () => {
    expect(
      tableHeadings({
        title: '人脸错误码说明',
        source: { document: 'image-services-error-codes.md', section: '人脸错误码说明' },
        en: { title: 'Face error code descriptions', columns, prose: [], notices: [] },
      }),
    ).toEqual({ zh: '人脸错误码说明', en: 'Face error code descriptions' });
  });
  it('adds the part in each language when a section holds two tables', () => {
    expect(
      tableHeadings({
        title: '银行卡 OCR 识别响应码',
        source: { document: 'faceid-response-codes.md', section: '银行卡 OCR 识别响应码', part: '告警码' },
        en: { title: 'Bank card OCR response codes', part: 'warning codes', columns, prose: [], notices: [] },
      }),
    ).toEqual({ zh: '银行卡 OCR 识别响应码 · 告警码', en: 'Bank card OCR response codes · warning codes' });
  });
});
