import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// tests/run.mjs (npm test) run in a scratch copy of the project where `npx` is a stand-in: each stage's outcome is
// chosen by the test, so the closing line can be checked when a stage passes, fails or never starts. The copy's folder
// has a space in its name, as a checkout's may: run.mjs finds the project from its own URL (%20 there).
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'run summary '));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
/** Runs tests/run.mjs with a fake npx; `script` is the body of a sh `case "$1 $2"` deciding each stage. */
function runWith(script: string) {
  const dir = join(work, `p${n++}`);
  mkdirSync(join(dir, 'tests', 'support'), { recursive: true });
  cpSync(join(ROOT, 'tests', 'run.mjs'), join(dir, 'tests', 'run.mjs'));
  cpSync(join(ROOT, 'tests', 'support', 'browser.mjs'), join(dir, 'tests', 'support', 'browser.mjs'));
  // The scale build runs with node, not npx: a stand-in that succeeds, writing when it starts and ends in stages.log.
  writeFileSync(
    join(dir, 'tests', 'support', 'build-scale.mjs'),
    "import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';\nimport { getPriority } from 'node:os';\n" +
      "appendFileSync('nice.log', `scale ${getPriority()}\\n`);\nappendFileSync('stages.log', 'start scale\\n');\n" +
      'mkdirSync(process.env.SCALE_SITE_DIR, { recursive: true });\n' +
      "writeFileSync(`${process.env.SCALE_SITE_DIR}/index.html`, 'built');\n" +
      "Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);\nappendFileSync('stages.log', 'end scale\\n');\n",
  );
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'npx'), `#!/bin/sh\ncase "$1 $2" in\n${script}\nesac\n`);
  chmodSync(join(bin, 'npx'), 0o755);
  const result = spawnSync(process.execPath, [join(dir, 'tests', 'run.mjs')], {
    env: { ...process.env, PATH: `${bin}:${process.env['PATH'] ?? ''}`, CHROMIUM_PATH: process.execPath },
    encoding: 'utf8',
  });
  return {
    dir,
    status: result.status,
    output: `${result.stdout}${result.stderr}`,
    closing: result.stdout.trim().split('\n').at(-1),
  };
}

// A Vitest stage writes its report where its --outputFile.json= argument says (the unit tests, the checks of the
// built site and those at scale).
const VITEST_OK = `"vitest run") for a in "$@"; do case "$a" in --outputFile.json=*) echo '{"numPassedTests":5,"numFailedTests":0,"success":true}' > "\${a#--outputFile.json=}";; esac; done; exit 0;;`;
const E2E_OK = `"playwright test") echo '{"stats":{"expected":7,"flaky":0,"unexpected":0},"errors":[]}' > test-results/e2e.json; exit 0;;`;

// The closing line counts the tests (5 unit, 5 site, 5 at scale, 7 browser in these stand-ins) and, among the failures, the
// checks that are not tests (builds, types, lint, unused code, formatting).
describe('npm test (tests/run.mjs)', () => {
  it('sums the tests of every stage when all pass', { timeout: 60_000 }, () => {
    const run = runWith(`${VITEST_OK}\n${E2E_OK}\n*) exit 0;;`);
    expect(run.output).toContain('checks: 8 passed, 0 failed');
    expect(run.closing).toBe('tests: 22 passed, 0 failed');
    expect(run.status).toBe(0);
  });
  it('counts the browser tests as failed when Playwright cannot start its servers', { timeout: 60_000 }, () => {
    const run = runWith(
      `${VITEST_OK}\n"playwright test") echo '{"stats":{"expected":0,"flaky":0,"unexpected":0},"errors":[{"message":"http://127.0.0.1:4400/ is already used"}]}' > test-results/e2e.json; exit 1;;\n*) exit 0;;`,
    );
    expect(run.closing).toBe('tests: 15 passed, 1 failed');
    expect(run.status).toBe(1);
  });
  it(
    'counts a stage that exits without a report as failed, ignoring a report left by an earlier run',
    { timeout: 60_000 },
    () => {
      const run = runWith(
        `${VITEST_OK}\n"playwright test") exit 1;;\n"astro build") mkdir -p test-results; echo '{"stats":{"expected":99,"flaky":0,"unexpected":0}}' > test-results/e2e.json; exit 0;;\n*) exit 0;;`,
      );
      expect(run.output).toContain('browser tests: 0 passed, 1 failed (exit 1 and no report');
      expect(run.closing).toBe('tests: 15 passed, 1 failed');
      expect(run.status).toBe(1);
    },
  );
  it('counts a failing type check, lint or formatting check among the failures', { timeout: 60_000 }, () => {
    const run = runWith(
      `${VITEST_OK}\n${E2E_OK}\n"astro check") exit 1;;\n"prettier --check") exit 2;;\n"eslint .") exit 1;;\n*) exit 0;;`,
    );
    expect(run.output).toContain('checks: 5 passed, 3 failed');
    expect(run.closing).toBe('tests: 22 passed, 3 failed');
    expect(run.status).toBe(1);
  });
  it(
    'runs no browser test and no check of the built site after a failed build, and says so',
    { timeout: 60_000 },
    () => {
      const run = runWith(
        `${VITEST_OK}\n"astro build") exit 1;;\n"playwright test") echo "stage ran: playwright"; exit 0;;\n*) exit 0;;`,
      );
      expect(run.output).not.toContain('stage ran');
      expect(run.output).toContain('browser tests: 0 passed, 1 failed (not run: root, sub failed)');
      expect(run.closing).toBe('tests: 10 passed, 4 failed');
      expect(run.status).toBe(1);
    },
  );
  it(
    "lets astro sync write Astro's folder alone, and runs astro check once the builds at / and under /sub/ and the unit tests ended",
    { timeout: 60_000 },
    () => {
      // Each stand-in writes when it starts and ends; a build and the unit tests last a moment.
      const logged = (what: string) =>
        `echo "start ${what}" >> stages.log; sleep 0.5; echo "end ${what}" >> stages.log`;
      const run = runWith(
        [
          `"astro sync") ${logged('sync')}; exit 0;;`,
          `"astro build") ${logged('build $OUT_DIR')}; exit 0;;`,
          `"astro check") ${logged('check')}; exit 0;;`,
          `"vitest run") case "$*" in *tests/unit*) ${logged('unit')};; esac; ${VITEST_OK.replace('"vitest run") ', '')}`,
          E2E_OK,
          '*) exit 0;;',
        ].join('\n'),
      );
      expect(run.closing).toBe('tests: 22 passed, 0 failed');
      const log = readFileSync(join(run.dir, 'stages.log'), 'utf8').trim().split('\n');
      const at = (line: string) => {
        expect(log).toContain(line);
        return log.indexOf(line);
      };
      for (const other of ['start build dist', 'start build dist-sub', 'start scale', 'start unit'])
        expect(at(other), other).toBeGreaterThan(at('end sync'));
      for (const before of ['end build dist', 'end build dist-sub', 'end unit'])
        expect(at('start check'), before).toBeGreaterThan(at(before));
    },
  );
  it(
    'runs the two long chains (the builds then the browser tests; the build at scale then its checks) first: every other stage at a lower priority',
    { timeout: 60_000 },
    () => {
      // Each stand-in writes its name and its niceness, as `nice` prints it.
      const niceness = (what: string) => `echo "${what} $(nice)" >> nice.log`;
      const vitestReport = VITEST_OK.replace('"vitest run") ', '');
      const run = runWith(
        [
          `"astro sync") ${niceness('sync')}; exit 0;;`,
          `"astro build") ${niceness('build $OUT_DIR')}; exit 0;;`,
          `"astro check") ${niceness('check')}; exit 0;;`,
          `"vitest run") case "$*" in *tests/scale*) ${niceness('at-scale')};; *tests/unit*) ${niceness('unit')};; esac; ${vitestReport}`,
          E2E_OK.replace('"playwright test") ', `"playwright test") ${niceness('browser')}; `),
          `"eslint .") ${niceness('lint')}; exit 0;;`,
          '*) exit 0;;',
        ].join('\n'),
      );
      expect(run.closing).toBe('tests: 22 passed, 0 failed');
      const logged = Object.fromEntries(
        readFileSync(join(run.dir, 'nice.log'), 'utf8')
          .trim()
          .split('\n')
          .map((line) => [line.slice(0, line.lastIndexOf(' ')), Number(line.slice(line.lastIndexOf(' ') + 1))]),
      );
      const own = getPriority();
      const lower = Math.min(own + 10, 19);
      expect(logged).toEqual({
        sync: own,
        'build dist': own,
        'build dist-sub': own,
        browser: own,
        scale: own,
        'at-scale': own,
        check: lower,
        unit: lower,
        lint: lower,
      });
    },
  );
  it('checks at scale the build it made, and removes it after when it was made in memory', { timeout: 60_000 }, () => {
    const run = runWith(
      [
        `"vitest run") case "$*" in *tests/scale*) cat "$SCALE_SITE_DIR/index.html" > scale-checked.log; echo " $SCALE_SITE_DIR" >> scale-checked.log;; esac; ${VITEST_OK.replace('"vitest run") ', '')}`,
        E2E_OK,
        '*) exit 0;;',
      ].join('\n'),
    );
    expect(run.closing).toBe('tests: 22 passed, 0 failed');
    const [checked, folder = ''] = readFileSync(join(run.dir, 'scale-checked.log'), 'utf8').trim().split(' ');
    expect(checked).toBe('built');
    // In /dev/shm where it has room (1.5 GB would stay in memory), else dist-scale/ as when built by hand.
    expect(existsSync(resolve(run.dir, folder))).toBe(!folder.startsWith('/dev/shm/'));
  });
});
