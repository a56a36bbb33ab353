// The content as the build reads it, in one process: the site's own loaders (src/content-loaders.ts) with a stand-in
// for Astro's loader context, the collections' schemas, and the catalog. Tests derive what a page must show from it,
// and the malformed-content cases check the build's messages through it without a build each.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import {
  yamlPositionTranslations,
  yamlTables,
  yamlTableTranslations,
  yamlWarningPositions,
} from '../../src/content-loaders';
import { buildCatalog, type Catalog, type Entry } from '../../src/lib/build-catalog';
import { positionsOf, type PositionInfo } from '../../src/lib/warning-positions';
import { CodeTableSchema, type CodeTableInput } from '../../src/schemas/code-table';
import { TableTranslationSchema, type TableTranslation } from '../../src/schemas/table-translation';
import {
  PositionTranslationSchema,
  WarningPositionSchema,
  type PositionTranslation,
  type WarningPositionInput,
} from '../../src/schemas/warning-position';

const ROOT = resolve(import.meta.dirname, '../..');

/** The error a schema's issues make, as Astro's parseData reports them: the file, then each field and its message. */
function schemaError(filePath: string | undefined, error: z.ZodError): Error {
  const issues = error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
  return new Error(`${filePath ?? 'content'} does not match the collection schema:\n${issues}`);
}

/** Runs `loader` as the build would, with `schema` as its collection's; resolves to the entries it stored. */
async function run<T>(loader: Loader, schema: z.ZodType<T>, root: string): Promise<Entry<T>[]> {
  const entries = new Map<string, Entry<T>>();
  const context = {
    collection: loader.name,
    config: {
      root: pathToFileURL(`${root}/`),
      srcDir: pathToFileURL(`${ROOT}/src/`),
      publicDir: pathToFileURL(`${ROOT}/public/`),
      build: { assets: '_astro' },
    },
    store: {
      clear: () => entries.clear(),
      set: (entry: { id: string; data: T; filePath?: string }) => entries.set(entry.id, entry),
    },
    parseData: async ({ data, filePath }: { id: string; data: unknown; filePath?: string }) => {
      const parsed = await schema.safeParseAsync(data);
      if (!parsed.success) throw schemaError(filePath, parsed.error);
      return parsed.data;
    },
    generateDigest: (data: string) => createHash('sha1').update(data).digest('hex'),
    logger: { error: () => undefined, info: () => undefined, warn: () => undefined },
  } as unknown as LoaderContext;
  await loader.load(context);
  return [...entries.values()];
}

/** The content of `dir` (relative to the project root, or absolute) read as the build reads it. */
export async function loadContent(dir = 'content'): Promise<{ catalog: Catalog; positions: PositionInfo[] }> {
  const [tables, translations, positions, positionTranslations] = await Promise.all([
    run<CodeTableInput>(yamlTables(`${dir}/tables`), CodeTableSchema, ROOT),
    run<TableTranslation>(yamlTableTranslations(`${dir}/translations`), TableTranslationSchema, ROOT),
    run<WarningPositionInput>(yamlWarningPositions(`${dir}/idcard-multiwarning.yaml`), WarningPositionSchema, ROOT),
    run<PositionTranslation>(
      yamlPositionTranslations(`${dir}/translations`, 'idcard-multiwarning.yaml'),
      PositionTranslationSchema,
      ROOT,
    ),
  ]);
  return { catalog: buildCatalog(tables, translations), positions: positionsOf(positions, positionTranslations) };
}
