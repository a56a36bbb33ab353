import { describe, expect, it } from 'vitest';
import { CSP, metaSources, withPolicyScripts } from '../../src/integrations/security-headers.mjs';

// The build's cut of the <meta> policy Astro writes: its script-src becomes the policy's own.
const policy = (scriptSrc: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="default-src 'self';object-src 'none'; script-src ${scriptSrc}; style-src 'self' 'sha256-c3R5bGU='"></head><body></body></html>`;
const own = CSP['script-src'].join(' ');

describe('withPolicyScripts', () => {
  it('drops the hashes Astro adds for scripts the site does not have, and keeps every other directive', () => {
    const html = withPolicyScripts(policy(`${own} 'sha256-aXNsYW5k' 'sha256-ZGlyZWN0aXZl'`), 'dist/index.html');
    expect(metaSources(html, 'script-src')).toEqual(CSP['script-src']);
    expect(metaSources(html, 'style-src')).toEqual(["'self'", "'sha256-c3R5bGU='"]);
    expect(metaSources(html, 'object-src')).toEqual(["'none'"]);
  });

  it("stops the build, naming the page, when its <meta> policy lacks one of the policy's script sources", () => {
    expect(() => withPolicyScripts(policy("'self'"), 'dist/en/decode/index.html')).toThrow(
      /dist\/en\/decode\/index\.html: .*'wasm-unsafe-eval'/,
    );
  });
});
