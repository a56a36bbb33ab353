import { describe, expect, it } from 'vitest';
import { codeAnchor, codePageHref, lookupFileHref, rowHref, searchHref, tableHref, withBase } from '../../src/lib/paths';

describe('withBase', () => {
  it('joins a root base and a path', () => {
    expect(withBase('/', 'codes/')).toBe('/codes/');
  });
  it('joins a sub-path base with or without its trailing slash', () => {
    expect(withBase('/sub/', '/codes/')).toBe('/sub/codes/');
    expect(withBase('/sub', 'codes/')).toBe('/sub/codes/');
  });
  it('returns the base itself for an empty path', () => {
    expect(withBase('/sub/')).toBe('/sub/');
  });
});

describe('codeAnchor', () => {
  it('returns code- followed by the code, minus sign included', () => {
    expect(codeAnchor('-1102')).toBe('code--1102');
    expect(codeAnchor('66660004')).toBe('code-66660004');
  });
});

describe('tableHref, rowHref and codePageHref', () => {
  it('return paths under the base', () => {
    expect(tableHref('/sub/', 'faceid/idcard-ocr')).toBe('/sub/faceid/idcard-ocr/');
    expect(rowHref('/', 'image/face', '-1102')).toBe('/image/face/#code--1102');
    expect(codePageHref('/sub/', '0')).toBe('/sub/codes/0/');
  });
});

describe('lookupFileHref and searchHref', () => {
  it('put the lookup files under lookup/ of the base path', () => {
    expect(lookupFileHref('/sub/', 'index.0123456789.json')).toBe('/sub/lookup/index.0123456789.json');
  });
  it('encode the query, and ask for full-text mode only when told', () => {
    expect(searchHref('/', 'retry 3', true)).toBe('/search/?q=retry%203&mode=text');
    expect(searchHref('/sub/', '签名')).toBe('/sub/search/?q=%E7%AD%BE%E5%90%8D');
  });
});
