import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './support/browser.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const executablePath = findChromium();

/** The site built at the domain root (dist/) and under /sub/ (dist-sub/), each on its own static server. */
export const ROOT_URL = 'http://127.0.0.1:4400/';
export const SUB_URL = 'http://127.0.0.1:4401/sub/';

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list'], ['json', { outputFile: `${ROOT}test-results/e2e.json` }]],
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'root', testIgnore: /\.sub\.spec\.ts$/, use: { baseURL: ROOT_URL } },
    { name: 'sub', testMatch: /\.sub\.spec\.ts$/, use: { baseURL: SUB_URL } },
  ],
  webServer: [
    { command: 'node tests/support/serve.mjs dist 4400 /', url: ROOT_URL, cwd: ROOT, reuseExistingServer: !process.env.CI },
    { command: 'node tests/support/serve.mjs dist-sub 4401 /sub/', url: SUB_URL, cwd: ROOT, reuseExistingServer: !process.env.CI },
  ],
});
