// `npm test`: finds a browser, builds the site (at /, under /sub/, and with 20,000 generated codes for the scale
// checks), then runs the type check, the formatting check, the unit tests, the checks of the built site (valid HTML,
// byte budgets) and the browser tests, and prints one closing line with the totals. A stage that fails without a report of its tests (it could not start, or crashed)
// counts as a failure, so the closing line never reads "0 failed" when something did not run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findChromium } from './support/browser.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
process.chdir(ROOT);
mkdirSync('test-results', { recursive: true });

/** Runs one stage; returns its exit code (-1 when it could not be started at all). */
function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.error) console.error(`${label}: could not start: ${result.error.message}`);
  return result.status ?? -1;
}

/** What each stage contributed to the closing line. */
const results = [];
function finish() {
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  console.log('');
  for (const r of results)
    console.log(`${r.label}: ${r.passed} passed, ${r.failed} failed${r.note ? ` (${r.note})` : ''}`);
  console.log(`tests: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

/** A stage that is one check: it passes or fails as a whole. */
function check(label, command, args, env) {
  const status = run(label, command, args, env);
  results.push({
    label,
    passed: status === 0 ? 1 : 0,
    failed: status === 0 ? 0 : 1,
    note: status === 0 ? '' : `exit ${status}`,
  });
  return status === 0;
}

/** A stage that runs tests and writes a JSON report; its counts come from the report, written fresh. */
function tests(label, command, args, report, read) {
  rmSync(report, { force: true });
  const status = run(label, command, args);
  let counts;
  try {
    counts = read(JSON.parse(readFileSync(report, 'utf8')));
  } catch {
    results.push({
      label,
      passed: 0,
      failed: 1,
      note: `exit ${status} and no report: the stage did not start or crashed`,
    });
    return;
  }
  if (status !== 0 && counts.failed === 0) {
    results.push({ label, ...counts, failed: 1, note: `exit ${status} although no test failed` });
  } else {
    results.push({ label, note: '', ...counts });
  }
}

/** The tests of each Playwright project in a JSON report ("en 150, sub 6, zh 71"): both languages show in the summary. */
function testsPerProject(report) {
  const counts = new Map();
  const walk = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests ?? []) counts.set(test.projectName, (counts.get(test.projectName) ?? 0) + 1);
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  return [...counts].map(([project, n]) => `${project} ${n}`).join(', ');
}

const chromium = findChromium({ install: true });
console.log(`Browser: ${chromium ?? "Playwright's Chromium"}`);

// The tests serve the builds on local ports of their own: canonical URLs point at an origin that is not one of them.
const SITE_URL = 'https://errcodes.example';
const built =
  check('build the site at /', 'npx', ['astro', 'build'], { SITE_URL, BASE_PATH: '/', OUT_DIR: 'dist' }) &&
  check('build the site under /sub/', 'npx', ['astro', 'build'], {
    SITE_URL,
    BASE_PATH: '/sub/',
    OUT_DIR: 'dist-sub',
  }) &&
  check(
    'build the site with 20,000 generated codes (for the scale checks)',
    'node',
    ['tests/support/build-scale.mjs'],
    { SITE_URL },
  );
if (!built) {
  console.error('The build failed: no test was run.');
  finish();
}

check('types (astro check)', 'npx', ['astro', 'check']);
check('formatting (prettier --check .)', 'npx', ['prettier', '--check', '.']);
tests(
  'unit tests and checks of the built site',
  'npx',
  [
    'vitest',
    'run',
    '--config',
    'tests/vitest.config.ts',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=test-results/unit.json',
  ],
  'test-results/unit.json',
  (r) => ({
    passed: r.numPassedTests,
    failed: r.numFailedTests + (r.success === false && r.numFailedTests === 0 ? 1 : 0),
  }),
);
tests(
  'browser tests',
  'npx',
  ['playwright', 'test', '--config', 'tests/playwright.config.ts'],
  'test-results/e2e.json',
  (r) => ({
    passed: r.stats.expected + r.stats.flaky,
    failed: r.stats.unexpected + (r.errors?.length ?? 0),
    note: testsPerProject(r),
  }),
);
finish();
