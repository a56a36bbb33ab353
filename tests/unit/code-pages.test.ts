import { describe, expect, it } from 'vitest';
import { codeGroups, codeListPages } from '../../src/lib/code-pages';
import { codeListHref } from '../../src/lib/paths';

const codes = (n: number) => Array.from({ length: n }, (_, i) => ({ code: String(i - 5) }));

describe('codeListPages', () => {
  it('keeps a list that fits on one page whole', () => {
    const pages = codeListPages(codes(268), 300);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ index: 0, first: '-5', last: '262' });
  });
  it('splits a long list into even numeric ranges, none over the limit, every code once and in order', () => {
    const list = codes(20_268);
    const pages = codeListPages(list, 300);
    expect(pages).toHaveLength(Math.ceil(20_268 / 300));
    expect(Math.max(...pages.map((p) => p.items.length))).toBeLessThanOrEqual(300);
    expect(pages.flatMap((p) => p.items)).toEqual(list);
    for (const page of pages) expect([page.first, page.last]).toEqual([page.items[0]?.code, page.items.at(-1)?.code]);
  });
});

describe('codeListHref', () => {
  it('puts the first page at codes/ and names the others by their first code', () => {
    expect(codeListHref('/sub/', { index: 0, first: '-9110' })).toBe('/sub/codes/');
    expect(codeListHref('/', { index: 3, first: '-1102' })).toBe('/codes/from/-1102/');
  });
});

describe('codeGroups', () => {
  it('cuts a page into its numbers and its API 3.0 names by their first part, in order', () => {
    const items = ['-1', '9', 'AuthFailure.A', 'AuthFailure.B', 'FailedOperation.C', 'LimitExceeded'].map((code) => ({
      code,
    }));
    expect(codeGroups(items).map((g) => [g.category, g.items.map((i) => i.code)])).toEqual([
      [undefined, ['-1', '9']],
      ['AuthFailure', ['AuthFailure.A', 'AuthFailure.B']],
      ['FailedOperation', ['FailedOperation.C']],
      ['LimitExceeded', ['LimitExceeded']],
    ]);
  });
});
