// Build time only: the loaders of the content collections. Unlike Astro's glob() and file() loaders, they read every
// file on every build (nothing is kept from the content cache) and stop the build, naming the file, on anything they
// cannot read as intended: a file that is not .yaml (or not a file at all), bytes that are not UTF-8, YAML that does
// not parse, an empty file, a file name that is not a page address or whose address a page of the site already has,
// a translation into a language the site does not have, and ID-card positions other than exactly "1" to "8". Fields
// are checked by the collections' schemas (parseData); what joins two files (a table and its translations) is checked
// by the catalog (src/lib/build-catalog.ts).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import { load, YAMLException } from 'js-yaml';
import { WARNING_POSITION_IDS } from './schemas/warning-position';
import { LANG_IDS, LANGS } from './lib/i18n';
import { TRANSLATED_LANGS } from './lib/translate-table';

/** A build failure about one content file, or several: each problem names its file and what is wrong. */
class ContentError extends AstroError {
  constructor(problems: readonly string[]) {
    super(
      `Malformed content:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
      'Each line above names a content file and what is wrong with it: fix the file and build again.',
    );
  }
}

const posix = (path: string) => path.split(sep).join('/');

/** A path as messages show it: relative to the project root when inside it, else absolute. */
const shownPath = (root: string, path: string) => {
  const rel = relative(root, path);
  return rel.startsWith('..') ? posix(path) : posix(rel);
};

/** The 1-based line of byte `offset`. */
const lineOf = (bytes: Uint8Array, offset: number) => bytes.subarray(0, offset).filter((b) => b === 0x0a).length + 1;

/** The length of the UTF-8 sequence a lead byte starts, or 0 when it starts none. */
const sequenceLength = (b: number) =>
  b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;

/** The offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const length = sequenceLength(b);
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < 0x80 || c > 0xbf) return i;
    }
    const second = bytes[i + 1] ?? 0;
    // Overlong forms, UTF-16 surrogates and code points above U+10FFFF.
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f)) return i;
    if ((b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return -1;
}

const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Largest content file read, in bytes (the largest table is about 30 KB): past it, a text of the file is too long anyway. */
const MAX_FILE_BYTES = 4_000_000;

/**
 * Reads a YAML file strictly: a file, UTF-8, YAML, something in it, a mapping, or a problem.
 * Returns the parsed value, or a sentence saying what is wrong (without the file name).
 */
function readYaml(
  file: string,
  whenEmpty = '',
): { value: Record<string, unknown>; text: string } | { problem: string } {
  const stat = statSync(file);
  if (!stat.isFile()) return { problem: 'is not a file (a folder, or a link to one): remove it or make it a file' };
  if (stat.size > MAX_FILE_BYTES) return { problem: `is ${stat.size} bytes: a content file holds at most 4 MB` };
  const bytes = readFileSync(file);
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const byte = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return { problem: `is not UTF-8: byte 0x${byte} on line ${lineOf(bytes, bad)} (save the file as UTF-8)` };
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  if (text.split('\n').every((line) => /^\s*(?:#.*)?$/.test(line))) {
    return { problem: `is empty (or holds only comments)${whenEmpty}` };
  }
  let value: unknown;
  try {
    value = load(text);
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const where = error.mark ? ` on line ${error.mark.line + 1}, column ${error.mark.column + 1}` : '';
    return { problem: `is not valid YAML: ${error.reason}${where}` };
  }
  if (value === null || value === undefined) return { problem: `is empty (or holds only comments)${whenEmpty}` };
  if (!isMapping(value)) {
    return { problem: `must hold a mapping of fields, not ${Array.isArray(value) ? 'a list' : `a ${typeof value}`}` };
  }
  return { value, text };
}

/** Every file under `dir` (hidden files and folders aside), as paths relative to it with "/" separators, sorted. */
function filesUnder(dir: string): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true })
      .filter((e) => !e.name.startsWith('.'))
      .flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  return walk(dir)
    .map((f) => posix(relative(dir, f)))
    .sort();
}

/**
 * The first path segments the site itself uses, each with what uses it: every page and endpoint of src/pages
 * (except the catch-all route of the tables themselves), every file and folder of public/, and the folders the
 * build writes (Astro's assets and Pagefind's index).
 */
function reservedSegments(config: LoaderContext['config']): Map<string, string> {
  const reserved = new Map<string, string>([
    [config.build.assets, `Astro's built assets (/${config.build.assets}/)`],
    ['pagefind', 'the search index (/pagefind/)'],
  ]);
  const pages = fileURLToPath(new URL('pages/', config.srcDir));
  for (const file of filesUnder(pages)) {
    // Pages in every language live under [...lang]/: their address starts with the segment after it.
    const segments = file.split('/');
    const first = (segments[0]?.startsWith('[...lang]') ? segments[1] : segments[0]) ?? '';
    if (first.startsWith('[')) continue;
    reserved.set(first.replace(/\.(astro|mdx|md|ts|js|mjs|html)$/, ''), `the page src/pages/${file}`);
  }
  for (const lang of LANG_IDS) {
    const folder = LANGS[lang].path.replace(/\/$/, '');
    if (folder) reserved.set(folder, `the pages in ${LANGS[lang].name} (/${folder}/)`);
  }
  const publicDir = fileURLToPath(config.publicDir);
  if (existsSync(publicDir)) {
    for (const file of filesUnder(publicDir)) reserved.set(file.split('/')[0] ?? '', `the file public/${file}`);
  }
  return reserved;
}

/** A table's path, its page address: "<product>/<table>", lower-case letters, digits and single dashes in each. */
const ADDRESS = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A file of a folder of YAML files: its entry id, or why it is not one. */
type Described = { id: string } | { problem: string };

/** What a table file's path makes of it: its id, which is also its page address. */
function describeTable(file: string, reserved: Map<string, string>): Described {
  const id = file.slice(0, -'.yaml'.length);
  if (!ADDRESS.test(id))
    return {
      problem: `the file's path is the table's address (/${id}/): write it as <product>/<table>.yaml, in lower-case letters, digits and dashes`,
    };
  const owner = reserved.get(id.split('/')[0] ?? '');
  if (owner) return { problem: `its address /${id}/ collides with ${owner}: move or rename the file` };
  return { id };
}

/** What a translation file's path makes of it: "<lang>/<product>/<table>", the language one the site translates into. */
function describeTranslation(file: string): Described {
  const [lang = '', ...rest] = file.slice(0, -'.yaml'.length).split('/');
  if (!(TRANSLATED_LANGS as string[]).includes(lang))
    return {
      problem: `"${lang}" is not a language the site translates into (${TRANSLATED_LANGS.join(', ')}): translations are read from <lang>/tables/<product>/<table>.yaml`,
    };
  const [tables, ...table] = rest;
  if (tables !== 'tables' || !ADDRESS.test(table.join('/')))
    return { problem: `translations of tables are read from ${lang}/tables/<product>/<table>.yaml` };
  return { id: `${lang}/${table.join('/')}` };
}

/** The folder loaders' common part: every .yaml file under `dir`, described by `describe`, one entry each. */
async function syncFolder(
  context: LoaderContext,
  root: string,
  base: string,
  what: { holds: string; describe: (file: string) => Described; apart?: RegExp },
) {
  const { store, parseData, generateDigest } = context;
  const shown = (file: string) => shownPath(root, join(base, file));
  if (!existsSync(base)) throw new ContentError([`${shown('')}/ is missing: it holds ${what.holds}`]);
  const files = filesUnder(base);
  const problems: string[] = [];
  const ids = new Map<string, string>(); // id as Astro's own loader would spell it → file
  const entries: { id: string; file: string; data: Record<string, unknown>; text: string }[] = [];
  for (const file of files) {
    if (what.apart?.test(file)) continue;
    if (!file.endsWith('.yaml')) {
      problems.push(
        extname(file) === '.yml'
          ? `${shown(file)}: files are read as .yaml only: rename it to ${shown(file.slice(0, -4))}.yaml`
          : `${shown(file)}: not a content file: ${shown('')}/ holds only .yaml files (${what.holds})`,
      );
      continue;
    }
    const loose = file
      .slice(0, -5)
      .toLowerCase()
      .replace(/[^a-z0-9/]+/g, '-');
    const twin = ids.get(loose);
    if (twin) problems.push(`${shown(file)}: has the same id ("${loose}") as ${shown(twin)}: rename one of them`);
    ids.set(loose, file);
    const described = what.describe(file);
    if ('problem' in described) {
      problems.push(`${shown(file)}: ${described.problem}`);
      continue;
    }
    const read = readYaml(join(base, file), `: it holds ${what.holds}`);
    if ('problem' in read) problems.push(`${shown(file)}: ${read.problem}`);
    else entries.push({ id: described.id, file, data: read.value, text: read.text });
  }
  if (files.length === 0) problems.push(`${shown('')}/ holds nothing: it holds ${what.holds}`);
  if (problems.length > 0) throw new ContentError(problems);

  store.clear();
  for (const { id, file, data, text } of entries) {
    const parsed = await parseData({ id, data, filePath: join(base, file) });
    store.set({ id, data: parsed, filePath: posix(relative(root, join(base, file))), digest: generateDigest(text) });
  }
}

/** A loader that reads again on every build, and in the dev server whenever a file under `path` changes. */
function rereading(
  name: string,
  path: string,
  sync: (context: LoaderContext, root: string, at: string) => Promise<void>,
): Loader {
  return {
    name,
    load: async (context) => {
      const { config, logger, watcher } = context;
      const root = fileURLToPath(config.root);
      const at = resolve(root, path);
      await sync(context, root, at);
      watcher?.add(at);
      watcher?.on('all', (_event, changed) => {
        if (!changed.startsWith(at)) return;
        sync(context, root, at).catch((error: unknown) =>
          logger.error(error instanceof Error ? error.message : String(error)),
        );
      });
    },
  };
}

/**
 * One entry per `<id>.yaml` file under `dir` (relative to the project root); the id is the path without ".yaml",
 * e.g. "faceid/idcard-ocr", and is also the table's page address.
 */
export function yamlTables(dir: string): Loader {
  return rereading('yaml-tables', dir, (context, root, base) => {
    const reserved = reservedSegments(context.config);
    return syncFolder(context, root, base, {
      holds: 'the code tables, as <product>/<table>.yaml',
      describe: (file) => describeTable(file, reserved),
    });
  });
}

/**
 * One entry per table translation, `<lang>/tables/<product>/<table>.yaml` under `dir`; the id is
 * "<lang>/<product>/<table>". Each language folder's other files (its glossary, the positions) are read apart.
 */
export function yamlTableTranslations(dir: string): Loader {
  return rereading('yaml-table-translations', dir, (context, root, base) =>
    syncFolder(context, root, base, {
      holds: 'the translations of the tables, as <lang>/tables/<product>/<table>.yaml',
      describe: describeTranslation,
      apart: /^[^/]+\/(?:glossary|idcard-multiwarning)\.yaml$/,
    }),
  );
}

/** One entry per position of the ID-card multi-warning string, from a YAML mapping keyed "1" to "8". */
export function yamlWarningPositions(path: string): Loader {
  return rereading('yaml-warning-positions', path, syncPositions);
}

async function syncPositions({ store, parseData, generateDigest }: LoaderContext, root: string, file: string) {
  const shown = shownPath(root, file);
  if (!existsSync(file)) throw new ContentError([`${shown} is missing: it holds the ID-card warning positions`]);
  const read = readYaml(file);
  if ('problem' in read) throw new ContentError([`${shown}: ${read.problem}`]);
  const entries = Object.entries(read.value);
  const keys = entries.map(([key]) => key);
  const expected: readonly string[] = WARNING_POSITION_IDS;
  const extra = keys.filter((k) => !expected.includes(k));
  const missing = expected.filter((k) => !keys.includes(k));
  const problems = [
    ...extra.map(
      (k) => `${shown}: ${JSON.stringify(k)} is not a position: the positions are "1" to "${expected.length}"`,
    ),
    ...missing.map(
      (k) => `${shown}: position "${k}" is missing: every position from "1" to "${expected.length}" needs an entry`,
    ),
    ...entries.filter(([, v]) => !isMapping(v)).map(([k]) => `${shown}: position "${k}" must hold a mapping of fields`),
  ];
  if (problems.length > 0) throw new ContentError(problems);

  store.clear();
  for (const [id, data] of entries) {
    if (!isMapping(data)) continue; // reported above
    const parsed = await parseData({ id, data, filePath: file });
    store.set({ id, data: parsed, filePath: posix(relative(root, file)), digest: generateDigest(read.text) });
  }
}

/** One entry per language the site translates into: its translation of the positions, `<lang>/<name>` under `dir`. */
export function yamlPositionTranslations(dir: string, name: string): Loader {
  return rereading('yaml-position-translations', dir, async ({ store, parseData, generateDigest }, root, base) => {
    const problems: string[] = [];
    const entries: { id: string; file: string; data: Record<string, unknown>; text: string }[] = [];
    for (const lang of TRANSLATED_LANGS) {
      const file = join(base, lang, name);
      const shown = shownPath(root, file);
      if (!existsSync(file)) {
        problems.push(`${shown} is missing: it holds the translation of the ID-card warning positions into ${lang}`);
        continue;
      }
      const read = readYaml(file);
      if ('problem' in read) problems.push(`${shown}: ${read.problem}`);
      else entries.push({ id: lang, file, data: read.value, text: read.text });
    }
    if (problems.length > 0) throw new ContentError(problems);
    store.clear();
    for (const { id, file, data, text } of entries) {
      const parsed = await parseData({ id, data, filePath: file });
      store.set({ id, data: parsed, filePath: posix(relative(root, file)), digest: generateDigest(text) });
    }
  });
}
