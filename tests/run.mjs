// `npm test`: finds a browser, builds the site (at /, under /sub/, at scale), then runs the unit tests, the checks of
// the built site (valid HTML, byte budgets) and the browser tests, and prints one closing line with the totals.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { findChromium } from './support/browser.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
process.chdir(ROOT);
mkdirSync('test-results', { recursive: true });

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

const chromium = findChromium({ install: true });
console.log(`Browser: ${chromium ?? "Playwright's Chromium"}`);

const built =
  run('build the site at /', 'npx', ['astro', 'build'], { BASE_PATH: '/', OUT_DIR: 'dist' }) &&
  run('build the site under /sub/', 'npx', ['astro', 'build'], { BASE_PATH: '/sub/', OUT_DIR: 'dist-sub' }) &&
  run('build the site with 20,000 generated codes (for the scale checks)', 'node', ['tests/support/build-scale.mjs']);
if (!built) {
  console.error('The build failed: no test was run.');
  process.exit(1);
}

const unitOk = run('unit tests and checks of the built site', 'npx', [
  'vitest', 'run', '--config', 'tests/vitest.config.ts',
  '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json',
]);
const e2eOk = run('browser tests', 'npx', ['playwright', 'test', '--config', 'tests/playwright.config.ts']);

function counts(file, read) {
  try {
    return read(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return { passed: 0, failed: 1 };
  }
}
const unit = counts('test-results/unit.json', (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests + (r.numTotalTestSuites > 0 && r.success === false && r.numFailedTests === 0 ? 1 : 0) }));
const e2e = counts('test-results/e2e.json', (r) => ({ passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected }));
const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed;
console.log(`\nunit and built-site: ${unit.passed} passed, ${unit.failed} failed · browser: ${e2e.passed} passed, ${e2e.failed} failed`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(unitOk && e2eOk && failed === 0 ? 0 : 1);
