import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deferElements, elementsScriptOf, ELEMENTS_LOADER } from '../../src/integrations/load-elements.mjs';
import { astroCsp, cspPolicy } from '../../src/integrations/security-headers.mjs';

// The build step that makes every page load its script after its first paint.
const SCRIPT = '/sub/_astro/Base.astro_astro_type_script_index_0_lang.Ab12Cd34.js';
const page = (scripts: string) =>
  `<!DOCTYPE html><!-- a comment --><html lang="en" data-lookup="/sub/lookup/index.0a1b2c3d.json"><head><meta charset="utf-8"></head><body><main>text</main>${scripts}</body></html>`;
const moduleScript = (src: string) => `<script type="module" src="${src}"></script>`;

describe('deferElements', () => {
  it('puts the inline loader where the module script was, and its address on <html>', () => {
    const html = deferElements(page(moduleScript(SCRIPT)), 'dist/en/index.html');
    expect(html).not.toContain(' src=');
    expect(html).toContain(`<main>text</main><script type="module">${ELEMENTS_LOADER}</script></body>`);
    expect(elementsScriptOf(html)).toBe(SCRIPT);
    expect(html).toContain('data-lookup="/sub/lookup/index.0a1b2c3d.json"');
  });

  it.each([
    ['no module script', ''],
    ['two module scripts', moduleScript(SCRIPT) + moduleScript('/sub/_astro/other.js')],
  ])('stops the build, naming the page, on a page with %s', (_, scripts) => {
    expect(() => deferElements(page(scripts), 'dist/en/about/index.html')).toThrow(/dist\/en\/about\/index\.html/);
  });
});

describe('the loader under the CSP', () => {
  const hash = `sha256-${createHash('sha256').update(ELEMENTS_LOADER, 'utf8').digest('base64')}`;

  it('is allowed by its hash in the header policy, and no other inline script is', () => {
    const scriptSrc = cspPolicy()
      .split('; ')
      .find((d) => d.startsWith('script-src '));
    expect(scriptSrc?.split(' ')).toContain(`'${hash}'`);
    expect(scriptSrc).not.toContain("'unsafe-inline'");
  });

  it('is allowed by its hash in the <meta> policy Astro writes', () => {
    expect(astroCsp().scriptDirective?.hashes).toEqual([hash]);
  });
});
