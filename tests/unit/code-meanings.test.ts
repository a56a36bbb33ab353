import { describe, expect, it } from 'vitest';
import { distinctMeanings } from '../../src/lib/code-meanings';

const row = (message: string, en: string) => ({ row: { codes: ['-1102'], message, en: { message: en } } });

describe('distinctMeanings', () => {
  const occurrences = [
    row('签名过期', 'Signature expired'),
    row('签名过期', 'Signature expired'),
    row('参数错误', 'Invalid parameter'),
  ];
  it('returns each official meaning once, in the order of the occurrences', () => {
    expect(distinctMeanings(occurrences, 'zh')).toEqual(['签名过期', '参数错误']);
  });
  it('returns each English meaning once', () => {
    expect(distinctMeanings(occurrences, 'en')).toEqual(['Signature expired', 'Invalid parameter']);
  });
});
