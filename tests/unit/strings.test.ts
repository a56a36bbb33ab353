import { describe, expect, it } from 'vitest';
import { stringsOf } from '../../src/scripts/strings';

/** An element as stringsOf reads it: its name and its data-t. */
const element = (t?: string) => ({ localName: 'table-filter', dataset: t === undefined ? {} : { t } });

describe('stringsOf', () => {
  it('returns the strings asked for from data-t', () => {
    expect(stringsOf(element('{"count":"{shown} of {total} rows","label":"Filter"}'), ['count'])).toEqual({
      count: '{shown} of {total} rows',
      label: 'Filter',
    });
  });
  it('throws naming the element and each key data-t lacks or holds as something else than a string', () => {
    expect(() => stringsOf(element('{"copied":"copied","status":7}'), ['copied', 'status', 'failed'])).toThrow(
      '<table-filter> has no string status, failed in its data-t',
    );
  });
  it('throws when there is no data-t, or it is not an object', () => {
    expect(() => stringsOf(element(), ['count'])).toThrow('no string count');
    expect(() => stringsOf(element('"count"'), ['count'])).toThrow('no string count');
  });
});
