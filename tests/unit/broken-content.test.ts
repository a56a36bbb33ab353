import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `astro build` with the given environment; resolves to its exit code and everything it printed. */
function build(env: Record<string, string>, args: string[] = []): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['astro', 'build', ...args], {
      cwd: ROOT,
      env: { ...process.env, SITE_URL: 'https://errcodes.example', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (status) => resolve({ status, output }));
  });
}

// The committed fixture: tests/fixtures/broken-content, whose table image/broken.yaml has the code "12a" in its
// third row (rows.2 counting from 0).
describe('a build from the broken-content fixture', () => {
  it('fails, naming the file, the row, the field and the bad value', { timeout: 120_000 }, async () => {
    const out = mkdtempSync(join(tmpdir(), 'broken-build-'));
    const cache = mkdtempSync(join(tmpdir(), 'broken-cache-'));
    const result = await build({ CONTENT_DIR: 'tests/fixtures/broken-content', OUT_DIR: out, ASTRO_CACHE_DIR: cache });
    rmSync(out, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('tests/fixtures/broken-content/tables/image/broken.yaml');
    expect(result.output).toContain('rows.2.codes.0');
    expect(result.output).toContain('"12a" is not a code');
  });
});

// Each case copies the real content/ into a fixture folder, breaks one thing and builds twice: with a cold content
// cache (a fresh ASTRO_CACHE_DIR) and with a warm one (a copy of the cache of a successful build of the unbroken
// fixture, at the same path), where Astro's own loaders would quietly publish the previous data.
const work = mkdtempSync(join(tmpdir(), 'content-cases-'));
const CONTENT = join(work, 'content');
const WARM = join(work, 'warm-cache');

/** Rewrites a fixture file, failing loudly if the change does not apply (so the case cannot pass unbroken). */
function edit(path: string, change: (text: string) => string) {
  const file = join(CONTENT, path);
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the fixture change to ${path} did not apply: update the test to the content`);
  writeFileSync(file, after);
}
const replaceOnce = (pattern: RegExp, by: string) => (text: string) => text.replace(pattern, by);

interface Case {
  name: string;
  breakIt: () => void;
  /** What the build's output must say; `{}` stands for the fixture folder's path. */
  says: string[];
}

const cases: Case[] = [
  {
    name: 'malformed YAML in the ID-card positions',
    breakIt: () => edit('idcard-multiwarning.yaml', replaceOnce(/^"3":\n {2}meaning: /m, '"3":\n  meaning: "')),
    says: ['{}/idcard-multiwarning.yaml: is not valid YAML', 'on line'],
  },
  {
    name: 'a position "9"',
    breakIt: () => edit('idcard-multiwarning.yaml', (t) => `${t}"9":\n  provenance: undocumented\n  evidence: none.\n`),
    says: ['{}/idcard-multiwarning.yaml: "9" is not a position'],
  },
  {
    name: 'a position "abc"',
    breakIt: () => edit('idcard-multiwarning.yaml', replaceOnce(/^"5":/m, 'abc:')),
    says: ['{}/idcard-multiwarning.yaml: "abc" is not a position', 'position "5" is missing'],
  },
  {
    name: 'a missing position "8"',
    breakIt: () => edit('idcard-multiwarning.yaml', replaceOnce(/^"8":\n(?: {2}.*\n)+/m, '')),
    says: ['{}/idcard-multiwarning.yaml: position "8" is missing'],
  },
  {
    name: 'a non-UTF-8 byte in the ID-card positions',
    breakIt: () => {
      const file = join(CONTENT, 'idcard-multiwarning.yaml');
      const bytes = readFileSync(file);
      const at = bytes.indexOf(Buffer.from('身份证'));
      if (at < 0) throw new Error('the fixture change did not apply: no 身份证 in idcard-multiwarning.yaml');
      // 身份证 saved as GBK rather than UTF-8.
      writeFileSync(
        file,
        Buffer.concat([
          bytes.subarray(0, at),
          Buffer.from([0xc9, 0xed, 0xb7, 0xdd, 0xd6, 0xa4]),
          bytes.subarray(at + 9),
        ]),
      );
    },
    says: ['{}/idcard-multiwarning.yaml: is not UTF-8: byte 0xC9 on line'],
  },
  {
    name: 'a non-UTF-8 byte in a table',
    breakIt: () => {
      const file = join(CONTENT, 'tables/image/face.yaml');
      writeFileSync(
        file,
        Buffer.concat([readFileSync(file), Buffer.from('  - codes: ["99"]\n    message: \xff\n', 'latin1')]),
      );
    },
    says: ['{}/tables/image/face.yaml: is not UTF-8: byte 0xFF on line'],
  },
  {
    name: 'a `related` id that names no table',
    breakIt: () =>
      edit('tables/faceid/bankcard-ocr.yaml', replaceOnce(/^related: .*$/m, 'related: [faceid/bankcard-warning]')),
    says: ['tables/faceid/bankcard-ocr.yaml: field "related.0": no table has the id "faceid/bankcard-warning"'],
  },
  {
    name: 'an empty table file',
    breakIt: () => writeFileSync(join(CONTENT, 'tables/image/empty.yaml'), ''),
    says: ['{}/tables/image/empty.yaml: is empty'],
  },
  {
    name: 'a table file holding only comments',
    breakIt: () => writeFileSync(join(CONTENT, 'tables/image/later.yaml'), '# to be filled in\n'),
    says: ['{}/tables/image/later.yaml: is empty'],
  },
  {
    name: "a table whose address is one of the site's pages",
    breakIt: () => {
      mkdirSync(join(CONTENT, 'tables/search'));
      cpSync(join(CONTENT, 'tables/image/cmd.yaml'), join(CONTENT, 'tables/search/cmd.yaml'));
    },
    says: [
      '{}/tables/search/cmd.yaml: its address /search/cmd/ collides with the page src/pages/[...lang]/search.astro',
    ],
  },
  {
    name: 'a table file directly under tables/, whose address would be the search page',
    breakIt: () => cpSync(join(CONTENT, 'tables/image/cmd.yaml'), join(CONTENT, 'tables/search.yaml')),
    says: [
      "{}/tables/search.yaml: the file's path is the table's address (/search/): write it as <product>/<table>.yaml",
    ],
  },
  {
    name: 'two files with the same id',
    breakIt: () =>
      cpSync(
        join(CONTENT, 'tables/image/face-verification.yaml'),
        join(CONTENT, 'tables/image/face verification.yaml'),
      ),
    says: [
      '{}/tables/image/face-verification.yaml: has the same id ("image/face-verification") as {}/tables/image/face verification.yaml',
    ],
  },
  {
    name: 'a table saved as .yml',
    breakIt: () => renameSync(join(CONTENT, 'tables/image/cmd.yaml'), join(CONTENT, 'tables/image/cmd.yml')),
    says: ['{}/tables/image/cmd.yml: tables are read from .yaml files only: rename it to {}/tables/image/cmd.yaml'],
  },
  {
    name: 'two tables with the same order',
    breakIt: () => edit('tables/image/cmd.yaml', replaceOnce(/^order: \d+$/m, 'order: 0')),
    says: ['field "order": 0 is also the order of', 'tables/image/cmd.yaml', 'tables/image/face.yaml'],
  },
  {
    name: 'a code that is not a code',
    breakIt: () => edit('tables/image/face.yaml', replaceOnce(/^ {2}- codes: \["4"\]$/m, '  - codes: ["4a"]')),
    says: ['{}/tables/image/face.yaml', 'rows.1.codes.0', '"4a" is not a code'],
  },
];

describe('a build from broken content, cold and warm cache', () => {
  beforeAll(async () => {
    cpSync(join(ROOT, 'content'), CONTENT, { recursive: true });
    const out = join(work, 'out-good');
    const good = await build({ CONTENT_DIR: CONTENT, OUT_DIR: out, ASTRO_CACHE_DIR: WARM });
    expect(good.output.slice(-2000), 'the unbroken fixture builds').toContain('Complete!');
    expect(good.status).toBe(0);
    rmSync(out, { recursive: true, force: true });
  }, 180_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  for (const { name, breakIt, says } of cases) {
    it(`fails on ${name}, naming the file and what is wrong`, { timeout: 180_000 }, async () => {
      rmSync(CONTENT, { recursive: true, force: true });
      cpSync(join(ROOT, 'content'), CONTENT, { recursive: true });
      breakIt();
      const cold = join(work, 'cold-cache');
      const warm = join(work, 'warm-copy');
      rmSync(cold, { recursive: true, force: true });
      rmSync(warm, { recursive: true, force: true });
      mkdirSync(cold);
      cpSync(WARM, warm, { recursive: true });
      // One after the other: builds of one project share its .astro/ folder.
      const coldRun = await build({ CONTENT_DIR: CONTENT, OUT_DIR: join(work, 'out-cold'), ASTRO_CACHE_DIR: cold });
      const warmRun = await build({ CONTENT_DIR: CONTENT, OUT_DIR: join(work, 'out-warm'), ASTRO_CACHE_DIR: warm });
      for (const [cache, run] of [
        ['cold', coldRun],
        ['warm', warmRun],
      ] as const) {
        expect(run.status, `${cache} cache: exit code\n${run.output.slice(-3000)}`).not.toBe(0);
        for (const text of says) expect(run.output, `${cache} cache`).toContain(text.replaceAll('{}', CONTENT));
      }
    });
  }
});

describe('a production build without SITE_URL', () => {
  it('stops and says how to set it', { timeout: 120_000 }, async () => {
    const out = mkdtempSync(join(tmpdir(), 'no-site-'));
    const result = await build({ SITE_URL: '', OUT_DIR: out });
    rmSync(out, { recursive: true, force: true });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('SITE_URL is not set');
    expect(result.output).toContain('SITE_URL=https://errcodes.example.com npm run build');
  });
});
