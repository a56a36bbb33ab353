import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { astroCsp, CSP, cspPolicy, metaSources, styleHashesOf } from '../../src/integrations/security-headers.mjs';

// The one statement of the policy: the header's and the one Astro writes into each page's <meta> tag.
const STYLE = 'main{max-width:64rem}';
const styleHash = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;
const directive = (policy: string, name: string) =>
  policy
    .split('; ')
    .find((d) => d.startsWith(`${name} `))
    ?.split(' ')
    .slice(1);

describe('cspPolicy', () => {
  it('allows scripts from the site only, no inline script, whatever inline styles it allows', () => {
    for (const policy of [cspPolicy(), cspPolicy([styleHash])])
      expect(directive(policy, 'script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(cspPolicy([styleHash])).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });

  it('adds the inline styles it is given to style-src, and to nothing else', () => {
    const policy = cspPolicy([styleHash]);
    expect(directive(policy, 'style-src')).toEqual(["'self'", styleHash]);
    expect(policy.split(styleHash)).toHaveLength(2);
  });
});

describe('astroCsp', () => {
  it("gives Astro the policy's own script sources and no hash: Astro adds its own", () => {
    expect(astroCsp().scriptDirective).toEqual({ resources: CSP['script-src'] });
    expect(astroCsp().styleDirective).toEqual({ resources: CSP['style-src'] });
  });
});

describe('styleHashesOf', () => {
  it('returns the hash a browser computes for each <style> element, in order', () => {
    const html = `<style>${STYLE}</style><p>text</p><style media="print">\r\n</style>`;
    const newline = `'sha256-${createHash('sha256').update('\n').digest('base64')}'`;
    expect(styleHashesOf(html)).toEqual([styleHash, newline]);
  });
});

describe('metaSources', () => {
  const page = `<html><head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; style-src &#39;self&#39; ${styleHash.replace(/'/g, '&#39;')}"></head></html>`;

  it("returns the sources of a directive of the page's <meta> policy, quotes unescaped", () => {
    expect(metaSources(page, 'style-src')).toEqual(["'self'", styleHash]);
    expect(metaSources(page, 'default-src')).toEqual(["'self'"]);
  });

  it('returns none for a directive the tag lacks, or a page without the tag', () => {
    expect(metaSources(page, 'script-src')).toEqual([]);
    expect(metaSources('<html></html>', 'style-src')).toEqual([]);
  });
});
