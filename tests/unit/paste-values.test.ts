import { describe, expect, it } from 'vitest';
import type { FieldRole } from '../../src/lib/paste-fields';
import {
  classifyChunk,
  isApiErrorCode,
  isCodeWord,
  isDottedName,
  isCodeName,
  looksLikeBits,
  notBits,
} from '../../src/lib/paste-values';

const classify = (chunk: string, role?: FieldRole, after = '', named = true) => {
  const value = classifyChunk(chunk, chunk + after, chunk.length, role, named);
  return value.kind === 'aside' ? value.aside : value.kind;
};

describe('classifyChunk', () => {
  it('tells numbers, numbers run together and words apart', () => {
    expect(classify('1102')).toBe('number');
    expect(classify('9110-9111')).toBe('numbers');
    expect(classify('X-ErrNo')).toBe('word');
  });
  it('sets aside dates, times, durations, versions, IP addresses, UUIDs and timestamps', () => {
    expect(classify('2026-11-22')).toBe('date');
    expect(classify('10:00:01.456')).toBe('time');
    expect(classify('12ms')).toBe('duration');
    expect(classify('3.0.1188')).toBe('version');
    expect(classify('87.5')).toBe('decimal');
    expect(classify('10.0.0.12')).toBe('ip');
    expect(classifyChunk('10.0.0.12:8080', '', 0, undefined)).toEqual({ kind: 'aside', aside: 'ip', port: '8080' });
    expect(classify('CE661F1A-0F1E-45BD-BE13-34C05CEA7681')).toBe('uuid');
    expect(classify('2026-11-22T10:00:01Z')).toBe('timestamp');
  });
  it('takes what the owning field announces into account', () => {
    expect(classify('CE661F1A-0F1E-45BD-BE13-34C05CEA7681', 'request-id')).toBe('request-id');
    expect(classify('9110-9111', 'time')).toBe('date');
  });
  it('reads a month and a day as a date only next to a time of day', () => {
    expect(classify('11/22', undefined, ' 10:00')).toBe('date');
    expect(classify('11/22', undefined, ' ok')).toBe('numbers');
  });
  it('splits a field name and its value written together, when the value is digits or the name is known', () => {
    expect(classifyChunk('code:1102', '', 0, undefined)).toEqual({ kind: 'named', name: 'code', value: '1102' });
    expect(classifyChunk('code:AuthFailure.SignatureExpire', '', 0, undefined)).toEqual({
      kind: 'named',
      name: 'code',
      value: 'AuthFailure.SignatureExpire',
    });
    expect(classify('ab:cd')).toBe('word');
    expect(classify('code:AuthFailure.SignatureExpire', undefined, '', false)).toBe('word');
  });
});

describe('isDottedName', () => {
  it('returns true for a capitalised dotted name of letters only', () => {
    expect(isDottedName('FailedOperation.ImageDecodeFailed')).toBe(true);
    expect(isDottedName('failedOperation.x')).toBe(false);
    expect(isDottedName('Version.1')).toBe(false);
  });
});

describe('isApiErrorCode', () => {
  it('returns true when the part before the first dot is an API 3.0 category, in any casing', () => {
    expect(isApiErrorCode('AuthFailure.SignatureExpire')).toBe(true);
    expect(isApiErrorCode('authfailure.signatureexpire')).toBe(true);
    expect(isApiErrorCode('AuthFailure')).toBe(false);
    expect(isApiErrorCode('Response.Error')).toBe(false);
  });
});

describe('isCodeWord', () => {
  it('returns true for what a code field holds as an API 3.0 code, and false for other words', () => {
    for (const word of ['FailedOperation.ImageDecodeFailed', 'FailedcaOperation.X', 'InternalError', 'limitexceeded'])
      expect(isCodeWord(word), word).toBe(true);
    for (const word of ['ok', 'SUCCESS', 'FaceID']) expect(isCodeWord(word), word).toBe(false);
  });
});

describe('isCodeName', () => {
  it('returns true for ASCII letters, parts joined by single dots, as API 3.0 codes are written', () => {
    for (const word of ['LimitExceeded', 'failedoperation.imagenoidcard', 'Success'])
      expect(isCodeName(word)).toBe(true);
    for (const word of ['a1', 'x_y', 'X-ErrNo', 'a..b', 'a.', 'ab c', 'ошибка', 'a'.repeat(81)])
      expect(isCodeName(word)).toBe(false);
  });
});

describe('looksLikeBits', () => {
  it('returns true for 4 to 16 letters and digits, three quarters of them 0 or 1', () => {
    expect(looksLikeBits('1001010')).toBe(true);
    expect(looksLikeBits('1001010x')).toBe(true);
    expect(looksLikeBits('1102')).toBe(true);
    expect(looksLikeBits('1234')).toBe(false);
    expect(looksLikeBits('101')).toBe(false);
    expect(looksLikeBits('1О010100')).toBe(true); // a Cyrillic О
  });
});

describe('notBits', () => {
  it('lists the 1-based positions that hold something other than 0 or 1', () => {
    expect(notBits('10210100', 'frontMultiWarning')).toEqual({
      value: '10210100',
      key: 'frontMultiWarning',
      length: 8,
      wrong: [{ position: 3, char: '2' }],
    });
  });
});
