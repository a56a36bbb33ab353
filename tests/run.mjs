// `npm test`: every check and test of the project, independent stages side by side, each stage's output printed
// whole when it ends, then one closing line that counts the tests (and, apart, the checks that are not tests: the
// builds, types, lint, formatting). A stage that fails without a report of its tests (it could not start, or crashed)
// counts as a failed test, so the closing line never reads "0 failed" when something did not run.
//
// The stages and what each needs first:
//   astro sync ─┬─ build at /, build under /sub/ ─┬─ browser tests
//               │                                 └─ checks of the built site (HTML, bytes, languages)
//               └─ build with 20,000 generated codes ── checks at scale (budgets, first lookup and search)
//   unused code: needs nothing; lint and formatting: wait for astro sync only to leave the builds the first places
// The two long chains run at the priority npm test has: the builds at / and under /sub/ then the browser tests (the
// most CPU time of all), and the build with 20,000 codes (one core's work) then its checks. Every other stage runs at a
// lower one (nice +10) and fills the cores around the chains instead of delaying them; with one chain favoured, the
// other ended last (docs/performance.md).
// Whatever runs Astro waits for astro sync, which writes the project's .astro/ folder first, alone: Astro writes it
// without a lock, through temporary files of fixed names, and on a fresh clone two writers can move each other's
// temporary file away. Once the folder holds what a build would write, a build leaves those files alone. astro check
// reads the type files there and writes none: it waits until no build is writing them (every build rewrites them as
// it starts, with the same text).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { findChromium } from './support/browser.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
process.chdir(ROOT);
mkdirSync('test-results/logs', { recursive: true });

// The tests serve the builds on local ports of their own: canonical URLs point at an origin that is not one of them.
const SITE_URL = 'https://errcodes.example';

/**
 * Where the build with 20,000 codes goes: 1.5 GB in 42,000 files, which cost the kernel 15–25 core-seconds more on a
 * disk than in memory (docs/performance.md). So it goes to a folder of its own in /dev/shm when that has room for it
 * more than twice over, removed once its checks have run (or npm test stops); otherwise to dist-scale/, where
 * tests/support/build-scale.mjs builds it when run by hand.
 */
function scaleBuildFolder() {
  try {
    const { bavail, bsize } = statfsSync('/dev/shm');
    if (bavail * bsize > 4 * 2 ** 30) return mkdtempSync('/dev/shm/errcodes-scale-');
  } catch {
    // No /dev/shm: a disk it is.
  }
  return undefined;
}
const inMemory = scaleBuildFolder();
const SCALE_SITE_DIR = inMemory ?? 'dist-scale';
const removeScaleBuild = () => inMemory && rmSync(inMemory, { recursive: true, force: true });
process.on('exit', removeScaleBuild);
// Stopped (Ctrl+C, or a CI runner's timeout), npm test still exits through 'exit', as a process killed by the signal.
for (const [signal, number] of [
  ['SIGINT', 2],
  ['SIGTERM', 15],
])
  process.once(signal, () => process.exit(128 + number));
const vitest = (dir, report) => [
  'npx',
  [
    'vitest',
    'run',
    '--config',
    'tests/vitest.config.ts',
    dir,
    '--reporter=dot',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ],
];

/** How to count a report of Vitest (tests/unit, tests/site, tests/scale). */
const vitestCounts = (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests + (r.success === false && r.numFailedTests === 0 ? 1 : 0),
});

/** The tests of each Playwright project in a JSON report ("en 150, sub 6, zh 71"): both languages show in the summary. */
function perProject(report) {
  const counts = new Map();
  const walk = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests ?? []) counts.set(test.projectName, (counts.get(test.projectName) ?? 0) + 1);
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  return [...counts].map(([project, n]) => `${project} ${n}`).join(', ');
}

/**
 * The stages: a check passes or fails as a whole; a stage with a `report` runs tests and is counted from it. `chain`
 * marks the stages of the two long chains; `ended` runs when the stage has ended.
 * `needs` names the stages that must pass first, `after` those that must have ended, passed or failed. Of the stages
 * ready to start, the first in this list starts first.
 */
const STAGES = [
  {
    id: 'sync',
    label: "Astro's .astro/ folder (astro sync)",
    chain: true,
    run: ['npx', ['astro', 'sync']],
    env: { SITE_URL, BASE_PATH: '/', OUT_DIR: 'dist' },
  },
  {
    id: 'root',
    label: 'build the site at /',
    chain: true,
    run: ['npx', ['astro', 'build']],
    env: { SITE_URL, BASE_PATH: '/', OUT_DIR: 'dist' },
    after: ['sync'],
  },
  {
    id: 'scale',
    label: 'build the site with 20,000 generated codes',
    chain: true,
    run: ['node', ['tests/support/build-scale.mjs']],
    env: { SITE_URL, SCALE_SITE_DIR },
    after: ['sync'],
  },
  {
    id: 'sub',
    label: 'build the site under /sub/',
    chain: true,
    run: ['npx', ['astro', 'build']],
    env: { SITE_URL, BASE_PATH: '/sub/', OUT_DIR: 'dist-sub' },
    after: ['sync'],
  },
  {
    id: 'browser',
    label: 'browser tests',
    chain: true,
    run: ['npx', ['playwright', 'test', '--config', 'tests/playwright.config.ts']],
    report: 'test-results/e2e.json',
    count: (r) => ({
      passed: r.stats.expected + r.stats.flaky,
      failed: r.stats.unexpected + (r.errors?.length ?? 0),
      note: perProject(r),
    }),
    needs: ['root', 'sub'],
  },
  {
    id: 'at-scale',
    label: 'checks at scale',
    chain: true,
    run: vitest('tests/scale', 'test-results/scale.json'),
    env: { SCALE_SITE_DIR },
    report: 'test-results/scale.json',
    count: vitestCounts,
    needs: ['scale'],
    ended: removeScaleBuild,
  },
  {
    id: 'site',
    label: 'checks of the built site',
    run: vitest('tests/site', 'test-results/site.json'),
    report: 'test-results/site.json',
    count: vitestCounts,
    needs: ['root', 'sub'],
  },
  {
    id: 'unit',
    label: 'unit tests',
    run: vitest('tests/unit', 'test-results/unit.json'),
    report: 'test-results/unit.json',
    count: vitestCounts,
    // Some unit tests build the site from broken content.
    after: ['sync'],
  },
  // Lint and formatting need nothing, but wait for astro sync, so that the builds it lets start find places free.
  { id: 'lint', label: 'lint (eslint)', run: ['npx', ['eslint', '.']], after: ['sync'] },
  { id: 'unused', label: 'unused files, exports and dependencies (knip)', run: ['npx', ['knip']] },
  {
    id: 'format',
    label: 'formatting (prettier --check .)',
    run: ['npx', ['prettier', '--check', '.']],
    after: ['sync'],
  },
  {
    id: 'types',
    label: 'types (astro check)',
    // --noSync: the types of the content are the ones astro sync wrote into .astro/ (syncing again cost a fifth of the
    // check). The unit tests' builds of broken content write them too; the build at scale writes them in its first
    // seconds, long before the unit tests, which start with it, end.
    run: ['npx', ['astro', 'check', '--noSync']],
    after: ['root', 'sub', 'unit'],
  },
];

/**
 * The command and arguments that run `run` ([command, args]) for `stage`: off the chains, through `nice -n 10`,
 * so the stage and every process it starts have the lower priority from their first instruction. (Windows has no
 * `nice`: there every stage runs at the same priority.)
 */
const prioritised = (stage, [command, args]) =>
  stage.chain || process.platform === 'win32' ? [command, args] : ['nice', ['-n', '10', command, ...args]];

/** Runs one stage with its output in a log file; resolves to its exit code (-1 when it could not start). */
function run(stage) {
  const log = `test-results/logs/${stage.id}.log`;
  const [command, args] = prioritised(stage, stage.run);
  // A report left by an earlier run (or written meanwhile by another stage) must not count for this one.
  if (stage.report) rmSync(stage.report, { force: true });
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, args, {
      env: { ...process.env, FORCE_COLOR: '0', ...stage.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const done = (status, error) => {
      writeFileSync(log, output);
      const seconds = Math.round((Date.now() - started) / 1000);
      console.log(
        `\n▶ ${stage.label} (${seconds} s, exit ${status})\n${output.trimEnd().split('\n').slice(-40).join('\n')}`,
      );
      if (error) console.error(`${stage.label}: could not start: ${error.message}`);
      resolve(status);
    };
    child.on('error', (error) => done(-1, error));
    child.on('close', (status) => done(status ?? -1));
  });
}

/** What a stage contributed: a check, or its tests as its report counts them. */
function outcome(stage, status) {
  if (!stage.report) return { stage, check: true, passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1 };
  let counts;
  try {
    counts = stage.count(JSON.parse(readFileSync(stage.report, 'utf8')));
  } catch {
    return { stage, passed: 0, failed: 1, note: `exit ${status} and no report: the stage did not start or crashed` };
  }
  if (status !== 0 && counts.failed === 0)
    return { stage, ...counts, failed: 1, note: `exit ${status} although no test failed` };
  return { stage, ...counts };
}

/** Runs the stages, at most `parallel` at once, each once the stages it needs have passed. */
async function runAll(parallel) {
  const results = new Map();
  const pending = [...STAGES];
  const running = new Set();
  await new Promise((finish) => {
    const next = () => {
      for (const stage of [...pending]) {
        const needs = stage.needs ?? [];
        if (needs.some((id) => results.has(id) && results.get(id).failed > 0)) {
          pending.splice(pending.indexOf(stage), 1);
          results.set(stage.id, { stage, passed: 0, failed: 1, note: `not run: ${needs.join(', ')} failed` });
        } else if (running.size < parallel && [...needs, ...(stage.after ?? [])].every((id) => results.has(id))) {
          pending.splice(pending.indexOf(stage), 1);
          running.add(stage);
          void run(stage).then((status) => {
            running.delete(stage);
            stage.ended?.();
            results.set(stage.id, outcome(stage, status));
            next();
          });
        }
      }
      if (pending.length === 0 && running.size === 0) finish();
    };
    next();
  });
  return STAGES.map((stage) => results.get(stage.id));
}

const started = Date.now();
const chromium = findChromium({ install: true, shell: true });
console.log(`Browser: ${chromium ?? "Playwright's Chromium"}`);
// Three stages more than cores: the browser tests spend much of their time waiting on pages, and the stages off the
// chains only take what the chains leave. With two, the checks of the built site waited for lint to end before they
// could start, and ended the run alone.
const results = await runAll(availableParallelism() + 3);
const sum = (list, key) => list.reduce((n, r) => n + r[key], 0);
const checks = results.filter((r) => r.check);
const tests = results.filter((r) => !r.check);
console.log('');
for (const r of results)
  console.log(`${r.stage.label}: ${r.passed} passed, ${r.failed} failed${r.note ? ` (${r.note})` : ''}`);
console.log(`checks: ${sum(checks, 'passed')} passed, ${sum(checks, 'failed')} failed`);
console.log(`(${Math.round((Date.now() - started) / 1000)} s in all)`);
console.log(`tests: ${sum(tests, 'passed')} passed, ${sum(tests, 'failed') + sum(checks, 'failed')} failed`);
process.exit(sum(results, 'failed') === 0 ? 0 : 1);
