import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { LANGS } from '../src/lib/i18n';
import { CHROMIUM_ARGS, findChromium } from './support/browser.mjs';
import { serverPorts } from './support/ports';
import type { SiteOptions } from './support/site-test';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const executablePath = findChromium({ shell: true });

// The site built at the domain root (dist/) and under /sub/ (dist-sub/), each on its own static server.
// E2E_ROOT_DIR and E2E_SUB_DIR choose the builds; E2E_PORT fixes the ports (E2E_PORT and E2E_PORT + 1), otherwise
// two free ones are picked. The runner's workers load this file again: they inherit the ports through the environment.
const ROOT_DIR = process.env['E2E_ROOT_DIR'] ?? 'dist';
const SUB_DIR = process.env['E2E_SUB_DIR'] ?? 'dist-sub';
if (!process.env['E2E_PORTS']) process.env['E2E_PORTS'] = (await serverPorts(process.env['E2E_PORT'])).join(',');
const [ROOT_PORT, SUB_PORT] = (process.env['E2E_PORTS'] ?? '').split(',').map(Number);
const ROOT_URL = `http://127.0.0.1:${ROOT_PORT}/`;
const SUB_URL = `http://127.0.0.1:${SUB_PORT}/sub/`;
const inEnglish = (siteURL: string) => new URL(LANGS.en.path, siteURL).href;

export default defineConfig<SiteOptions>({
  testDir: './e2e',
  // Its own folder: Playwright empties outputDir on start, and test-results/ also holds the unit-test report.
  outputDir: join(ROOT, 'test-results', 'e2e-artifacts'),
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Every test waits for the state it checks, never for a fixed time: these limits only decide how long a test that
  // will fail keeps waiting, so they are generous enough for a machine busy with a build beside the tests.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: join(ROOT, 'test-results', 'e2e.json') }]],
  use: {
    ...devices['Desktop Chrome'],
    // With --process-per-site the pages of the site share a renderer process: a shared page that leaves the site for
    // about:blank between two tests comes back to the process it left instead of starting one, which spares the
    // suite a tenth of its CPU time (docs/performance.md). --js-flags=--no-opt: the pages' JavaScript runs without
    // V8's optimising compiler, TurboFan (on its interpreter and baseline compilers, with the same behaviour): a page
    // lives seconds in a test, too short for optimised code to repay compiling it, which cost the suite another tenth
    // of its CPU time. The benchmark times pages in a browser as readers have it.
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [...CHROMIUM_ARGS, '--process-per-site', '--js-flags=--no-opt'],
    },
  },
  // The specs that name interface strings in English run on the English pages (/en/, and /sub/en/ for *.sub.spec.ts);
  // *.zh.spec.ts run on the Chinese pages at the root, and so does the accessibility check (every page type in both
  // languages). siteURL is the root of the build (see support/site-test.ts).
  projects: [
    {
      name: 'en',
      testIgnore: /\.(sub|zh)\.spec\.ts$/,
      use: { baseURL: inEnglish(ROOT_URL), siteURL: ROOT_URL },
    },
    { name: 'sub', testMatch: /\.sub\.spec\.ts$/, use: { baseURL: inEnglish(SUB_URL), siteURL: SUB_URL } },
    {
      name: 'zh',
      testMatch: [/\.zh\.spec\.ts$/, /\/accessibility\.spec\.ts$/],
      use: { baseURL: ROOT_URL, siteURL: ROOT_URL },
    },
  ],
  webServer: [
    {
      command: `node tests/support/serve.mjs "${ROOT_DIR}" ${ROOT_PORT} /`,
      url: ROOT_URL,
      cwd: ROOT,
      reuseExistingServer: false,
    },
    {
      command: `node tests/support/serve.mjs "${SUB_DIR}" ${SUB_PORT} /sub/`,
      url: SUB_URL,
      cwd: ROOT,
      reuseExistingServer: false,
    },
  ],
});
