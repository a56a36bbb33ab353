import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

// knip finds unused files and exports; a dictionary key no code reads is found here. Each key (the last part of its
// path) must be named in the code outside src/i18n: as a property, a string of stringsOf, or a placeholder's object
// key. Sections keyed by data (products and documents of the registry, kinds, provenances) are read by their ids.
describe('the dictionaries', () => {
  const READ_BY_ID = ['products', 'documents', 'setAside', 'provenance'];
  const code = readdirSync('src', { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|astro|mjs)$/.test(e.name) && !e.parentPath.includes('i18n'))
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
    .join('\n');
  const leaves = (value: object, path: string[] = []): string[][] =>
    Object.entries(value).flatMap(([key, v]) =>
      typeof v === 'string' || 'other' in (v as object) ? [[...path, key]] : leaves(v as object, [...path, key]),
    );

  it('hold no key the code never reads', () => {
    const unread = leaves(dictionary('en'))
      .filter((path) => !path.some((part) => READ_BY_ID.includes(part)))
      .filter((path) => !new RegExp(`[.'"\\[]${path.at(-1)}\\b`).test(code))
      .map((path) => path.join('.'));
    expect(unread).toEqual([]);
  });
});
