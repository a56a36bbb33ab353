import { describe, expect, it } from 'vitest';
import { tableHeading } from '../../src/lib/table-heading';

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
