// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { basename } from 'node:path';
import pagefind from './src/integrations/pagefind.mjs';
import securityHeaders, { astroCsp } from './src/integrations/security-headers.mjs';
import siteUrl from './src/integrations/site-url.mjs';
import { LANG_IDS, twinPath } from './src/lib/i18n.ts';

// Hosting is set by the environment: SITE_URL is the public origin (used for absolute URLs, the sitemap and
// OpenSearch; a build without it stops, see src/integrations/site-url.mjs), BASE_PATH the sub-path the site is served
// under ("/" by default), OUT_DIR where the build goes, ASTRO_CACHE_DIR where Astro keeps its content cache. Each
// output folder has a cache of its own by default: `npm test` builds at / and under /sub/ side by side, and two builds
// writing one cache can read each other's half-written data store.
const base = process.env.BASE_PATH || '/';
const outDir = process.env.OUT_DIR || './dist';

/** The sitemap's hreflang links of the page at `url`: the same page in each language. */
const twinLinks = (/** @type {string} */ url) =>
  LANG_IDS.map((lang) => ({ lang, url: new URL(twinPath(base, new URL(url).pathname, lang), url).href }));

export default defineConfig({
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base,
  trailingSlash: 'always',
  outDir,
  cacheDir: process.env.ASTRO_CACHE_DIR || `./node_modules/.astro/${basename(outDir)}`,
  integrations: [
    siteUrl(),
    mdx(),
    // Each page with its twin in every language (hreflang), as the pages' <link rel="alternate"> say. Not the
    // sitemap's own i18n option: it compares every URL with every other, half a minute at the scale budget.
    sitemap({ serialize: (item) => ({ ...item, links: twinLinks(item.url) }) }),
    pagefind(),
    securityHeaders(),
  ],
  // Nothing is highlighted, and Shiki's inline styles would break the strict CSP.
  markdown: { syntaxHighlight: false },
  build: {
    // The stylesheet is inlined into every page: one request fewer on the critical path (LCP as fast as bare HTML).
    // Astro's CSP puts the hash of each inline <style> in the page's <meta> tag; the build reads the same hashes
    // back for dist/_headers (src/integrations/security-headers.mjs), so both policies enforce the same thing.
    inlineStylesheets: 'always',
  },
  // The policy is written once, in src/integrations/security-headers.mjs (also the source of dist/_headers).
  security: { csp: astroCsp() },
  vite: {
    plugins: [tailwindcss()],
    // Scripts stay files: the CSP allows no inline script (script-src 'self').
    build: { assetsInlineLimit: 0 },
  },
});
