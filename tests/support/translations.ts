// Every Chinese text of content/ with its English translation, read through the site's real schemas, so tests can
// check the translations the way the build sees them. Each pair says where it is: the file and a zod-style path.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { z } from 'astro/zod';
import { CodeTableSchema, type CodeTable } from '../../src/schemas/code-table';
import { GlossarySchema, type Glossary } from '../../src/schemas/glossary';
import { WarningPositionSchema, type WarningPosition } from '../../src/schemas/warning-position';
import { PRODUCT_IDS, PRODUCTS } from '../../src/registry';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

/** One text and its translation: `file` is relative to the project root, `path` is zod's path of the English. */
export interface Pair {
  file: string;
  path: string;
  zh: string;
  en: string;
}

const read = (file: string): unknown => load(readFileSync(join(CONTENT, '..', file), 'utf8'));

/** Every table file, parsed by CodeTableSchema (throws, naming the file, when one does not parse). */
export function parsedTables(): { file: string; table: CodeTable }[] {
  const dir = join(CONTENT, 'tables');
  return readdirSync(dir)
    .flatMap((product) => readdirSync(join(dir, product)).map((name) => `content/tables/${product}/${name}`))
    .map((file) => {
      const result = CodeTableSchema.safeParse(read(file));
      if (!result.success) {
        const issues = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
        throw new Error(`${file}: ${issues}`);
      }
      return { file, table: result.data };
    })
    .sort((a, b) => a.table.order - b.table.order);
}

/** The ID-card warning positions, parsed by WarningPositionSchema, keyed "1" to "8". */
export function parsedPositions(): { file: string; id: string; position: WarningPosition }[] {
  const file = 'content/idcard-multiwarning.yaml';
  const positions = z.record(z.string(), WarningPositionSchema).parse(read(file));
  return Object.entries(positions).map(([id, position]) => ({ file, id, position }));
}

/** The glossary, parsed by GlossarySchema. */
export function glossary(): Glossary {
  return GlossarySchema.parse(read('content/glossary.yaml'));
}

/** Every (Chinese, English) pair of the tables and the warning positions. */
export function translationPairs(): Pair[] {
  const pairs: Pair[] = [];
  const add = (file: string, path: (string | number)[], zh: string | undefined, en: string | undefined) => {
    if (zh === undefined && en === undefined) return;
    pairs.push({ file, path: path.join('.'), zh: zh ?? '', en: en ?? '' });
  };
  for (const { file, table } of parsedTables()) {
    const { en } = table;
    add(file, ['en', 'title'], table.title, en.title);
    add(file, ['en', 'part'], table.source.part, en.part);
    for (const column of ['code', 'message', 'advice'] as const) {
      add(file, ['en', 'columns', column], table.columns[column], en.columns[column]);
    }
    table.prose.forEach((zh, i) => add(file, ['en', 'prose', i], zh, en.prose[i]));
    table.notices.forEach((notice, n) =>
      notice.forEach((zh, i) => add(file, ['en', 'notices', n, i], zh, en.notices[n]?.[i])),
    );
    table.rows.forEach((row, r) => {
      add(file, ['rows', r, 'en', 'message'], row.message, row.en.message);
      add(file, ['rows', r, 'en', 'advice'], row.advice, row.en.advice);
    });
  }
  for (const id of PRODUCT_IDS) {
    for (const form of ['name', 'short'] as const) {
      add('src/registry.ts', ['PRODUCTS', id, form, 'en'], PRODUCTS[id][form].zh, PRODUCTS[id][form].en);
    }
  }
  for (const { file, id, position } of parsedPositions()) {
    add(file, [id, 'en', 'meaning'], position.meaning, position.en.meaning);
    add(file, [id, 'en', 'evidence'], position.evidence, position.en.evidence);
  }
  return pairs;
}
