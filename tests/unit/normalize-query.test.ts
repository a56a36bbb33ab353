import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/lib/normalize-query';

describe('parseQuery', () => {
  const code = (input: string) => {
    const q = parseQuery(input);
    return q.kind === 'code' ? q.code : `(${q.kind})`;
  };

  it('returns empty for blank input', () => {
    expect(parseQuery('   ')).toEqual({ kind: 'empty' });
  });
  it('returns the code when the input is a plain code', () => {
    expect(code('-1102')).toBe('-1102');
    expect(code('66660004')).toBe('66660004');
    expect(code('0')).toBe('0');
  });
  it('returns the code when it is wrapped in spaces or quotes', () => {
    expect(code('  "-1102" ')).toBe('-1102');
    expect(code("'9'")).toBe('9');
    expect(code('“-1102”')).toBe('-1102');
  });
  it('returns the code when pasted with a Unicode or full-width minus', () => {
    expect(code('\u22121102')).toBe('-1102');
    expect(code('－１１０２')).toBe('-1102');
  });
  it('drops a leading plus sign', () => {
    expect(code('+15')).toBe('15');
  });
  it('returns the code of a key=value pair', () => {
    expect(code('code=-1102')).toBe('-1102');
    expect(code('{"code": "66660004", "msg": "x"}')).toBe('66660004');
    expect(code('X-ErrNo: -6101')).toBe('-6101');
    expect(code('错误码：-1102')).toBe('-1102');
  });
  it('returns the one lone number of a short log line, ignoring dates and times', () => {
    expect(code('2026-11-22 10:00:01 ERROR face detect failed -1101')).toBe('-1101');
  });
  it('returns text when a line holds several lone numbers and no key', () => {
    expect(parseQuery('retry 3 of 5').kind).toBe('text');
  });
  it('returns text for Chinese words, even with a number inside', () => {
    expect(parseQuery('签名过期')).toEqual({ kind: 'text', text: '签名过期' });
    expect(parseQuery('最多支持20个url').kind).toBe('text');
  });
  it('returns text for English words', () => {
    expect(parseQuery('download_url empty').kind).toBe('text');
  });
});
