import { describe, expect, it } from 'vitest';
import { dictionary } from '../../src/i18n';
import { missingKeys } from '../../src/lib/dictionary-keys';
import { LANG_IDS } from '../../src/lib/i18n';

describe('missingKeys', () => {
  it('returns nothing when both have every key', () => {
    const a = { nav: { tables: 'Tables' }, rows: { one: '{n} row', other: '{n} rows' } };
    const b = { nav: { tables: '表格' }, rows: { other: '{n} 行' } };
    expect(missingKeys(a, b)).toEqual([]);
  });
  it('names a missing or empty key by its path', () => {
    expect(missingKeys({ nav: { tables: 'Tables', codes: 'All codes' } }, { nav: { tables: '' } })).toEqual([
      '"nav.tables" is missing',
      '"nav.codes" is missing',
    ]);
  });
  it('names a missing section, and a plural that is a plain string', () => {
    expect(missingKeys({ pages: { a: 'x' } }, {})).toEqual(['"pages" is missing']);
    expect(missingKeys({ rows: { other: '{n} rows' } }, { rows: '{n} 行' })).toEqual(['"rows" is missing']);
  });
  it('does not ask for the one form of a plural', () => {
    expect(missingKeys({ rows: { one: '{n} row', other: '{n} rows' } }, { rows: { other: '{n} 行' } })).toEqual([]);
  });
});

describe('the dictionaries', () => {
  it('have the same keys in every language, each filled', () => {
    for (const lang of LANG_IDS) {
      expect(missingKeys(dictionary('en'), dictionary(lang)), lang).toEqual([]);
      expect(missingKeys(dictionary(lang), dictionary('en')), lang).toEqual([]);
    }
  });
});
