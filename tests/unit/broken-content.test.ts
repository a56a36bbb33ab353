import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '../support/content';

// Malformed content must stop the build, naming the file and what is wrong: each case copies the real content/ into
// a folder of its own, breaks one thing and reads it the way the build does (the site's loaders, schemas and
// catalog, in this process). Two real builds at the end check that `astro build` itself stops with such a message,
// with a cold content cache and with a warm one (where Astro's own loaders would quietly publish the previous data):
// `astro sync` of the good content fills the cache the build reads, as a build of it would, without rendering pages.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'content-cases-'));
const CONTENT = join(work, 'content');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Rewrites a file of the copy, failing loudly if the change does not apply (so the case cannot pass unbroken). */
function edit(path: string, change: (text: string) => string) {
  const file = join(CONTENT, path);
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the change to ${path} did not apply: update the test to the content`);
  writeFileSync(file, after);
}
const replaceOnce = (pattern: RegExp | string, by: string) => (text: string) => text.replace(pattern, by);
/** The English meaning of row `code` of the gateway table's translation, replaced by `text` (a YAML scalar). */
const gatewayEnglish = (code: string, text: string) =>
  edit(
    'translations/en/tables/faceid/gateway.yaml',
    replaceOnce(new RegExp(`(\\n  "${code}":\\n    message: ).*`), `$1${text}`),
  );

interface Case {
  name: string;
  breakIt: () => void;
  /** What the error must say; `{}` stands for the copy's folder. */
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
    breakIt: () => edit('idcard-multiwarning.yaml', (t) => `${t}"9":\n  provenance: undocumented\n  evidence: 无。\n`),
    says: ['{}/idcard-multiwarning.yaml: "9" is not a position'],
  },
  {
    name: 'a missing position "8"',
    breakIt: () => edit('idcard-multiwarning.yaml', replaceOnce(/^"8":\n(?: {2}.*\n)+/m, '')),
    says: ['{}/idcard-multiwarning.yaml: position "8" is missing'],
  },
  {
    name: 'a non-UTF-8 byte in a table',
    breakIt: () => {
      const file = join(CONTENT, 'tables/image/face.yaml');
      const bytes = readFileSync(file);
      const at = bytes.indexOf(Buffer.from('人脸'));
      // 人 saved as GBK rather than UTF-8.
      writeFileSync(file, Buffer.concat([bytes.subarray(0, at), Buffer.from([0xc8, 0xcb]), bytes.subarray(at + 3)]));
    },
    says: ['{}/tables/image/face.yaml: is not UTF-8: byte 0xC8 on line'],
  },
  {
    name: 'a `related` id that names no table',
    breakIt: () =>
      edit('tables/faceid/bankcard-ocr.yaml', replaceOnce(/faceid\/bankcard-warnings/, 'faceid/bankcard-warning')),
    says: ['tables/faceid/bankcard-ocr.yaml: field "related.0": no table has the id "faceid/bankcard-warning"'],
  },
  {
    name: 'an empty table file',
    breakIt: () => writeFileSync(join(CONTENT, 'tables/image/empty.yaml'), ''),
    says: ['{}/tables/image/empty.yaml: is empty'],
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
    name: 'two files with the same id',
    breakIt: () =>
      cpSync(
        join(CONTENT, 'tables/image/face-verification.yaml'),
        join(CONTENT, 'tables/image/face verification.yaml'),
      ),
    says: ['has the same id ("image/face-verification")'],
  },
  {
    name: 'a table saved as .yml',
    breakIt: () => renameSync(join(CONTENT, 'tables/image/cmd.yaml'), join(CONTENT, 'tables/image/cmd.yml')),
    says: ['{}/tables/image/cmd.yml: files are read as .yaml only: rename it to {}/tables/image/cmd.yaml'],
  },
  {
    name: 'a symlink named .yaml that points at a folder',
    breakIt: () => symlinkSync(join(CONTENT, 'tables/ci'), join(CONTENT, 'tables/image/linked.yaml')),
    says: ['{}/tables/image/linked.yaml: is not a file (a folder, or a link to one)'],
  },
  {
    name: 'two tables with the same order',
    breakIt: () => edit('tables/image/cmd.yaml', replaceOnce(/^order: \d+$/m, 'order: 0')),
    says: ['field "order": 0 is also the order of', 'tables/image/cmd.yaml', 'tables/image/face.yaml'],
  },
  {
    name: 'a code that is not a code',
    breakIt: () => edit('tables/image/face.yaml', replaceOnce(/^ {6}- "4"$/m, '      - "4a"')),
    says: ['{}/tables/image/face.yaml', 'rows.1.codes.0', '"4a" is not a code'],
  },
  {
    name: 'a code with leading zeros, which the search never finds',
    breakIt: () => edit('tables/image/face.yaml', replaceOnce(/^ {6}- "4"$/m, '      - "007"')),
    says: ['rows.1.codes.0', '"007" is not a code'],
  },
  {
    name: 'a code of 40 digits',
    breakIt: () => edit('tables/image/face.yaml', replaceOnce(/^ {6}- "4"$/m, `      - "${'9'.repeat(40)}"`)),
    says: ['rows.1.codes.0', 'is not a code'],
  },
  {
    name: 'a meaning of 1 MB',
    breakIt: () => edit('tables/image/face.yaml', replaceOnce(/(\n {4}message: ).*/, `$1${'很'.repeat(1_000_000)}`)),
    says: ['{}/tables/image/face.yaml', 'rows.0.message', 'the text is 1000000 characters long'],
  },
  {
    name: 'an empty English text',
    breakIt: () => gatewayEnglish('400101', '""'),
    says: ['{}/translations/en/tables/faceid/gateway.yaml', 'rows.400101.message: the text is empty'],
  },
  {
    name: 'an English text of blanks only',
    breakIt: () => gatewayEnglish('400101', '"   "'),
    says: ['rows.400101.message: the text holds only blanks'],
  },
  {
    name: 'an English text of one zero-width space',
    breakIt: () => gatewayEnglish('400101', '"\\u200B"'),
    says: ['rows.400101.message: the text holds an invisible character'],
  },
  {
    name: 'a zero-width space inside an English word',
    breakIt: () => gatewayEnglish('400101', '"Inva\\u200Blid request"'),
    says: ['rows.400101.message: the text holds an invisible character'],
  },
  {
    name: 'a bidi control inside an English word',
    breakIt: () => gatewayEnglish('400101', '"Inva\\u202Elid request"'),
    says: ['rows.400101.message: the text holds an invisible character'],
  },
  {
    name: 'a lone surrogate in an English text',
    breakIt: () => gatewayEnglish('400101', '"Invalid \\uD83D request"'),
    says: ['rows.400101.message: the text holds a lone surrogate'],
  },
  {
    name: 'a placeholder left in an English text',
    breakIt: () => gatewayEnglish('400101', 'TODO translate'),
    says: ['rows.400101.message: the text holds the placeholder "TODO"'],
  },
  {
    name: 'a label of one space',
    breakIt: () => edit('translations/en/tables/faceid/gateway.yaml', replaceOnce(/^label: .*$/m, 'label: " "')),
    says: ['{}/translations/en/tables/faceid/gateway.yaml', 'label: the text holds only blanks'],
  },
  {
    name: "a row's English left out",
    breakIt: () =>
      edit('translations/en/tables/faceid/gateway.yaml', replaceOnce(/\n {2}"400101":\n(?: {4}.*\n)+/, '\n')),
    says: ['content/translations/en/tables/faceid/gateway.yaml: rows.400101.message: the translation is missing'],
  },
  {
    name: 'a table without its translation file',
    breakIt: () => rmSync(join(CONTENT, 'translations/en/tables/image/cmd.yaml')),
    says: ['translations/en/tables/image/cmd.yaml: is missing: every table needs its translation into en'],
  },
  {
    name: 'a translation of a text Tencent publishes in English',
    breakIt: () =>
      edit('translations/en/tables/ci/moderation.yaml', (t) => `${t}rows:\n  "-61011":\n    message: Gone.\n`),
    says: [
      'rows.-61011.message: Tencent publishes this text in en ("The file does not exist."): remove the translation',
    ],
  },
  {
    name: 'a translation into a language the site does not have',
    breakIt: () =>
      cpSync(join(CONTENT, 'translations/en/tables'), join(CONTENT, 'translations/fr/tables'), { recursive: true }),
    says: ['"fr" is not a language the site translates into'],
  },
];

describe('content read as the build reads it', () => {
  beforeEach(() => {
    rmSync(CONTENT, { recursive: true, force: true });
    cpSync(join(ROOT, 'content'), CONTENT, { recursive: true });
  });

  it('loads when nothing is broken', async () => {
    const { catalog } = await loadContent(CONTENT);
    expect(catalog.tables.length).toBeGreaterThan(30);
  });

  for (const { name, breakIt, says } of cases) {
    it(`stops on ${name}, naming the file and what is wrong`, async () => {
      breakIt();
      const error = await loadContent(CONTENT).then(
        () => new Error('the content loaded'),
        (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
      );
      for (const text of says) expect(error.message).toContain(text.replaceAll('{}', CONTENT));
    });
  }
});

/** Runs `astro build` (or `command`) with the given environment; resolves to its exit code and everything it printed. */
function build(env: Record<string, string>, command = 'build'): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['astro', command], {
      cwd: ROOT,
      env: { ...process.env, SITE_URL: 'https://errcodes.example', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (status) => resolve({ status, output }));
  });
}

describe('a build from broken content', () => {
  it(
    'stops naming the file, the row and the field, with a cold and with a warm content cache',
    { timeout: 300_000 },
    async () => {
      const dir = join(work, 'build');
      const content = join(dir, 'content');
      const cache = join(dir, 'cache');
      cpSync(join(ROOT, 'content'), content, { recursive: true });
      const out = (name: string) => ({ CONTENT_DIR: content, OUT_DIR: join(dir, name), ASTRO_CACHE_DIR: cache });
      const good = await build(out('good'), 'sync');
      expect(good.status, good.output.slice(-2000)).toBe(0);
      expect(existsSync(join(cache, 'data-store.json')), 'the content cache is warm').toBe(true);
      edit('../build/content/tables/image/face.yaml', replaceOnce(/^ {6}- "4"$/m, '      - "4a"'));
      const warm = await build(out('warm'));
      rmSync(cache, { recursive: true, force: true });
      const cold = await build(out('cold'));
      for (const [label, run] of [
        ['warm', warm],
        ['cold', cold],
      ] as const) {
        expect(run.status, `${label} cache: exit code\n${run.output.slice(-3000)}`).not.toBe(0);
        expect(run.output, label).toContain(`${content}/tables/image/face.yaml`);
        expect(run.output, label).toContain('rows.1.codes.0');
        expect(run.output, label).toContain('"4a" is not a code');
      }
    },
  );

  it('stops when SITE_URL is not set, and says how to set it', { timeout: 120_000 }, async () => {
    const result = await build({
      SITE_URL: '',
      OUT_DIR: join(work, 'no-site'),
      ASTRO_CACHE_DIR: join(work, 'no-site-cache'),
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('SITE_URL is not set');
    expect(result.output).toContain('SITE_URL=https://errcodes.example.com npm run build');
  });
});
