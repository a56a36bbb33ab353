import { describe, expect, it } from 'vitest';
import { foldWidth } from '../../src/lib/fold-width';

describe('foldWidth', () => {
  it('turns full-width digits and minus into ASCII', () => {
    expect(foldWidth('－１１０２')).toBe('-1102');
  });
  it('turns a Unicode minus sign and dashes into "-"', () => {
    expect(foldWidth('\u22121102')).toBe('-1102');
    expect(foldWidth('\u20131102')).toBe('-1102');
  });
});
