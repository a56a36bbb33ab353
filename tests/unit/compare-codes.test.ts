import { describe, expect, it } from 'vitest';
import { compareCodes } from '../../src/lib/compare-codes';

describe('compareCodes', () => {
  it('orders codes by numeric value, negative first', () => {
    expect(['9', '-1102', '66660004', '0', '-96', '10'].sort(compareCodes)).toEqual([
      '-1102',
      '-96',
      '0',
      '9',
      '10',
      '66660004',
    ]);
  });
  it('returns 0 for the same code', () => {
    expect(compareCodes('-4007', '-4007')).toBe(0);
  });
});
