import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNumericCode } from '../../src/lib/codes';
import { capText, searchWords, TEXT_QUERY_LIMIT } from '../../src/lib/search-words';
import { allCodes } from '../support/tables';

describe('capText', () => {
  it('never cuts a character in two, and never returns a half character', () => {
    const emoji = `${'a'.repeat(TEXT_QUERY_LIMIT - 1)}😀`;
    expect(capText(emoji)).toBe('a'.repeat(TEXT_QUERY_LIMIT - 1));
    expect(capText('x\uD800y')).toBe('x\uFFFDy');
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        (s) => capText(s).isWellFormed() && capText(s).length <= TEXT_QUERY_LIMIT,
      ),
    );
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => encodeURIComponent(capText(s)).length >= 0));
  });
});

describe('searchWords', () => {
  it('returns typed words and codes, blanks collapsed', () => {
    expect(searchWords('  签名  过期 ')).toBe('签名 过期');
    expect(searchWords('The face was not fully exposed.')).toBe('The face was not fully exposed.');
    expect(searchWords('最多支持20个url')).toBe('最多支持20个url');
  });
  it('keeps every documented code a word may hold (no number of nine digits is one)', () => {
    for (const code of allCodes().filter(isNumericCode)) expect(searchWords(`错误 ${code}`), code).toBeDefined();
  });
  it('returns nothing for a paste: a response, a log line, a name beside an ID number, a phone number', () => {
    for (const paste of [
      '{"Response":{"Name":"张三","IdNum":"110101199003071234"}}',
      'name=张三 id=110101199003071234',
      '张三 110101199003071234',
      'call 13812345678',
      'line one\nline two',
      'x'.repeat(TEXT_QUERY_LIMIT + 1),
      '   ',
    ])
      expect(searchWords(paste), paste).toBeUndefined();
  });
});
