import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './support/browser.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const executablePath = findChromium();

// The site built at the domain root (dist/) and under /sub/ (dist-sub/), each on its own static server.
// E2E_ROOT_DIR, E2E_SUB_DIR and E2E_PORT let several checkouts or builds be tested side by side.
const ROOT_DIR = process.env.E2E_ROOT_DIR ?? 'dist';
const SUB_DIR = process.env.E2E_SUB_DIR ?? 'dist-sub';
const PORT = Number(process.env.E2E_PORT ?? 4400);
const ROOT_URL = `http://127.0.0.1:${PORT}/`;
const SUB_URL = `http://127.0.0.1:${PORT + 1}/sub/`;

export default defineConfig({
  testDir: './e2e',
  // Its own folder: Playwright empties outputDir on start, and test-results/ also holds the unit-test report.
  outputDir: `${ROOT}test-results/e2e-artifacts`,
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list'], ['json', { outputFile: `${ROOT}test-results/e2e.json` }]],
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'root', testIgnore: /\.sub\.spec\.ts$/, use: { baseURL: ROOT_URL } },
    { name: 'sub', testMatch: /\.sub\.spec\.ts$/, use: { baseURL: SUB_URL } },
  ],
  webServer: [
    { command: `node tests/support/serve.mjs ${ROOT_DIR} ${PORT} /`, url: ROOT_URL, cwd: ROOT, reuseExistingServer: false },
    { command: `node tests/support/serve.mjs ${SUB_DIR} ${PORT + 1} /sub/`, url: SUB_URL, cwd: ROOT, reuseExistingServer: false },
  ],
});
