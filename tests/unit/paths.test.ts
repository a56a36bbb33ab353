import { describe, expect, it } from 'vitest';
import { codeAnchor, codePageHref, lookupFileHref, rowHref, tableHref, withBase } from '../../src/lib/paths';
import { codeListHref, codesHref, decoderHref, positionAnchor, QUERY_PARAM } from '../../src/lib/paths';
import { readSearchParams, searchHref, searchPageHref, searchTemplate } from '../../src/lib/paths';

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

describe('positionAnchor', () => {
  it('returns the fragment id of a warning-string position', () => {
    expect(positionAnchor(4)).toBe('position-4');
  });
});

describe('decoderHref', () => {
  it('returns the decoder page, with the decoded values encoded when given', () => {
    expect(decoderHref('/sub/')).toBe('/sub/decode/');
    expect(decoderHref('/', 'warningCode=[-9113] code=0')).toBe('/decode/?q=warningCode%3D%5B-9113%5D%20code%3D0');
  });
});

describe('searchHref', () => {
  it('returns the search page for a query, asking for words when told to', () => {
    expect(searchHref('/sub/', '签名 过期')).toBe('/sub/search/?q=%E7%AD%BE%E5%90%8D%20%E8%BF%87%E6%9C%9F');
    expect(searchHref('/', '400', true)).toBe('/search/?q=400&mode=text');
  });
});

describe('searchPageHref and searchTemplate', () => {
  it('return the search page, and its OpenSearch template with the terms as the query', () => {
    expect(searchPageHref('/sub/en/')).toBe('/sub/en/search/');
    expect(searchTemplate('/en/')).toBe(`/en/search/?${QUERY_PARAM}={searchTerms}`);
  });
});

describe('readSearchParams', () => {
  it('reads back what searchHref wrote: the query and whether it asks for words', () => {
    const read = (href: string) => readSearchParams(new URL(href, 'https://errcodes.example/'));
    expect(read(searchHref('/', '签名 过期'))).toEqual({ query: '签名 过期', text: false });
    expect(read(searchHref('/sub/', '400', true))).toEqual({ query: '400', text: true });
  });
  it('reads what the search forms send: the field named QUERY_PARAM, spaces as +', () => {
    const url = new URL('https://errcodes.example/search/');
    url.searchParams.set(QUERY_PARAM, 'retry 3');
    expect(readSearchParams(url)).toEqual({ query: 'retry 3', text: false });
  });
  it('returns an empty query when the address has none', () => {
    expect(readSearchParams(new URL('https://errcodes.example/search/'))).toEqual({ query: '', text: false });
  });
});

describe('codesHref and codeListHref', () => {
  it('return the list of all codes, its first page at codes/ and the others by their first code', () => {
    expect(codesHref('/sub/en/')).toBe('/sub/en/codes/');
    expect(codeListHref('/', { index: 0, first: '-1' })).toBe(codesHref('/'));
    expect(codeListHref('/', { index: 2, first: '-1102' })).toBe('/codes/from/-1102/');
  });
});

describe('lookupFileHref', () => {
  it('puts the lookup files under lookup/ of the base path', () => {
    expect(lookupFileHref('/sub/', 'index.0123456789.json')).toBe('/sub/lookup/index.0123456789.json');
  });
});
