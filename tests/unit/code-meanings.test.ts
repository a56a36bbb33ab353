import { describe, expect, it } from 'vitest';
import { distinctMeanings } from '../../src/lib/code-meanings';

const row = (zh: string, en: string, official = false) => ({
  row: {
    key: '-1102',
    codes: ['-1102'],
    message: official ? { official: { zh, en }, ours: {} } : { official: { zh }, ours: { en } },
  },
});

describe('distinctMeanings', () => {
  const occurrences = [
    row('签名过期', 'Signature expired'),
    row('签名过期', 'Signature expired', true),
    row('参数错误', 'Invalid parameter'),
  ];
  it("returns each meaning once, in the page's language, in the order of the occurrences", () => {
    expect(distinctMeanings(occurrences, 'zh-CN')).toEqual(['签名过期', '参数错误']);
    expect(distinctMeanings(occurrences, 'en')).toEqual(['Signature expired', 'Invalid parameter']);
  });
});
