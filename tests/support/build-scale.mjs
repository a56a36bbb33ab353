// Builds the site at the size budgets.mjs promises (the real tables plus SCALE.codes generated codes) into
// dist-scale/ (or SCALE_SITE_DIR), for the scale checks of `npm test` (tests/scale/scale.test.ts). The generated
// content and Astro's cache for it live under node_modules/.cache/, so a second build starts warm.
//   node tests/support/build-scale.mjs
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SCALE } from './budgets.mjs';
import { CODES_PER_SERVICE, syntheticContent } from './synthetic-content.mjs';

/** Where the build goes: SCALE_SITE_DIR, else dist-scale/ (npm test builds it in memory: see tests/run.mjs). */
export const SCALE_DIR = process.env['SCALE_SITE_DIR'] || 'dist-scale';

/** Generates the content and builds; returns true when the build succeeded. */
export function buildScale() {
  const content = 'node_modules/.cache/errcodes-scale/content';
  rmSync(content, { recursive: true, force: true });
  syntheticContent(SCALE.codes / CODES_PER_SERVICE, { into: content });
  const result = spawnSync('npx', ['astro', 'build'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      BASE_PATH: '/',
      OUT_DIR: SCALE_DIR,
      CONTENT_DIR: content,
      ASTRO_CACHE_DIR: 'node_modules/.cache/errcodes-scale/astro',
    },
  });
  return result.status === 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.chdir(fileURLToPath(new URL('../..', import.meta.url)));
  process.exit(buildScale() ? 0 : 1);
}
