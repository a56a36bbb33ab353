import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CSP, metaSources, withOwnSources } from '../../src/integrations/security-headers.mjs';

// The build's cut of the <meta> policy Astro writes: it allows what the header allows the page, nothing more.
const STYLE = 'main{max-width:64rem}';
const styleHash = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;
const ownScripts = CSP['script-src'].join(' ');
const page = (scriptSrc: string, styleSrc: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="default-src 'self';object-src 'none'; script-src ${scriptSrc}; style-src ${styleSrc};"><style>${STYLE}</style></head><body></body></html>`;

describe('withOwnSources', () => {
  it("drops the hashes Astro adds for islands the site does not have, keeps the page's own and every other directive", () => {
    const built = page(
      `${ownScripts} 'sha256-aXNsYW5k' 'sha256-ZGlyZWN0aXZl'`,
      `'self' ${styleHash} 'sha256-aXNsYW5kIHN0eWxl'`,
    );
    const html = withOwnSources(built, 'dist/index.html');
    expect(metaSources(html, 'script-src')).toEqual(CSP['script-src']);
    expect(metaSources(html, 'style-src')).toEqual(["'self'", styleHash]);
    expect(metaSources(html, 'object-src')).toEqual(["'none'"]);
    expect(html).toContain(`<style>${STYLE}</style>`);
  });

  it.each([
    ['script-src', "'wasm-unsafe-eval'", page("'self'", `'self' ${styleHash}`)],
    ['style-src', styleHash, page(ownScripts, "'self'")],
  ])('stops the build, naming the page, when its <meta> %s lacks %s', (name, missing, html) => {
    expect(() => withOwnSources(html, 'dist/en/decode/index.html')).toThrow(
      `dist/en/decode/index.html: the CSP <meta> tag's ${name} lacks`,
    );
    expect(() => withOwnSources(html, 'x')).toThrow(missing);
  });
});
