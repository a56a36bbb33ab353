import { describe, expect, it } from 'vitest';
import { codeAnchor, codePageHref, rowHref, tableHref, withBase } from '../../src/lib/paths';

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
