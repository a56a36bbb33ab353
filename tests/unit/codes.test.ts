import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCodes, foldCode, isCode, isNumericCode, MAX_CODE_DIGITS, nameCategory } from '../../src/lib/codes';

describe('isCode', () => {
  it('accepts numbers and API 3.0 names as the sources write them', () => {
    for (const code of [
      '0',
      '9',
      '-1102',
      '66660004',
      'LimitExceeded',
      'FailedOperation.LifePhotoDetectFaces',
      'Success',
    ])
      expect(isCode(code), code).toBe(true);
  });
  it('refuses what the search could never find: leading zeros, too many digits, "-0", blanks, lower-case starts', () => {
    const long = '1'.repeat(MAX_CODE_DIGITS + 1);
    for (const code of ['007', '-0', long, '12a', ' 1102', 'failedOperation.X', 'Failed..Operation', 'A.', ''])
      expect(isCode(code), code).toBe(false);
  });
});

describe('compareCodes', () => {
  it('orders numbers by value, negative first, then names alphabetically in any letter case', () => {
    expect(
      ['InternalError', '9', '-1102', 'AuthFailure.X', '66660004', '0', '-96', '10', 'authFailure'].sort(compareCodes),
    ).toEqual(['-1102', '-96', '0', '9', '10', '66660004', 'authFailure', 'AuthFailure.X', 'InternalError']);
  });
  it('returns 0 for the same code', () => {
    expect(compareCodes('-4007', '-4007')).toBe(0);
  });
  it('is a total order on any two codes', () => {
    const code = fc.oneof(fc.integer().map(String), fc.stringMatching(/^[A-Z][a-zA-Z]{0,8}(\.[A-Za-z]{1,8})?$/));
    fc.assert(fc.property(code, code, (a, b) => Math.sign(compareCodes(a, b)) === -Math.sign(compareCodes(b, a))));
  });
});

describe('foldCode, isNumericCode and nameCategory', () => {
  it('fold a name to one case, tell numbers from names, and give a name its first part', () => {
    expect(foldCode('FailedOperation.ImageNoIdCard')).toBe('failedoperation.imagenoidcard');
    expect(isNumericCode('-1102')).toBe(true);
    expect(isNumericCode('LimitExceeded')).toBe(false);
    expect(nameCategory('FailedOperation.ImageNoIdCard')).toBe('FailedOperation');
    expect(nameCategory('LimitExceeded')).toBe('LimitExceeded');
    expect(nameCategory('-1102')).toBeUndefined();
  });
});
