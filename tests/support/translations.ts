// Every Chinese text of content/ with its English translation, read through the site's real schemas, so tests can
// check the translations the way the build sees them. Each pair says where it is: the file and a zod-style path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { GlossarySchema, type Glossary } from '../../src/schemas/glossary';
import type { Text as SourceText } from '../../src/schemas/text';
import { PRODUCT_IDS } from '../../src/registry';
import { dictionary } from '../../src/i18n';
import type { Lang } from '../../src/lib/i18n';
import { originalOf } from '../../src/lib/texts';
import { catalog, positions } from './tables';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

/** One text and its translation: `file` is relative to the project root, `path` is the translation's field. */
export interface Pair {
  file: string;
  path: string;
  zh: string;
  en: string;
}

const read = (file: string): unknown => load(readFileSync(join(CONTENT, '..', file), 'utf8'));

/** The glossary of the English translations, parsed by GlossarySchema. */
export function glossary(): Glossary {
  return GlossarySchema.parse(read('content/translations/en/glossary.yaml'));
}

/**
 * Every (Chinese, English) pair where the English is ours: each text of the tables and the warning positions that
 * the site translates (Tencent publishes no English for it), and the products' names of the dictionaries.
 */
export function translationPairs(): Pair[] {
  const pairs: Pair[] = [];
  const add = (file: string, path: string, text: SourceText | undefined) => {
    const en = text?.ours.en;
    const zh = text ? (originalOf(text)?.text ?? text.ours.zh) : undefined;
    if (en !== undefined && zh !== undefined) pairs.push({ file, path, zh, en });
  };
  for (const table of catalog.tables) {
    const file = `content/translations/en/tables/${table.id}.yaml`;
    table.sections.forEach((s, i) => add(file, `sections.${i}`, s));
    add(file, 'part', table.part);
    for (const [column, header] of Object.entries(table.columns ?? {})) add(file, `columns.${column}`, header);
    table.prose.forEach((p, i) => ('code' in p ? undefined : add(file, `prose.${i}`, p)));
    for (const field of ['notices', 'tips'] as const)
      table[field].forEach((items, n) => items.forEach((item, i) => add(file, `${field}.${n}.${i}`, item)));
    for (const row of table.rows) {
      add(file, `rows.${row.key}.catchAll`, row.catchAll);
      add(file, `rows.${row.key}.message`, row.message);
      add(file, `rows.${row.key}.advice`, row.advice);
    }
  }
  for (const id of PRODUCT_IDS) {
    for (const form of ['name', 'short'] as const) {
      const [zh, en] = [dictionary('zh-CN').products[id][form], dictionary('en').products[id][form]];
      pairs.push({ file: 'src/i18n', path: `products.${id}.${form}`, zh, en });
    }
  }
  const file = 'content/translations/en/idcard-multiwarning.yaml';
  for (const p of positions) {
    add(file, `${p.position}.meaning`, p.meaning);
    add(file, `${p.position}.evidence`, p.evidence);
  }
  return pairs;
}

/**
 * Whether `text` holds `term` as whole words, in any letter case, allowing a plural or -ed/-ing ending ("photos",
 * "extracting"): "photo" is in "Multiple faces in the photo", not in "Photocopy".
 */
export function holdsTerm(text: string, term: string): boolean {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?:s|es|d|ed|ing)?(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/** One text a reader sees: where it is, and the text. */
export interface Text {
  at: string;
  text: string;
}

/** Every English text of content/ (the translations and the tables' English labels), each saying where it is. */
export function contentEnglish(): Text[] {
  return [
    ...translationPairs().map((p) => ({ at: `${p.file} ${p.path}`, text: p.en })),
    ...catalog.tables.map((table) => ({
      at: `content/translations/en/tables/${table.id}.yaml label`,
      text: table.label.en ?? '',
    })),
  ];
}

/**
 * Every interface text of `lang`: the strings of its dictionary (src/i18n, Plurals form by form) and its about page
 * (src/prose/about.<lang>.mdx, line by line), each saying where it is.
 */
export function interfaceTexts(lang: Lang): Text[] {
  const flat = (value: unknown, key: string): Text[] =>
    typeof value === 'string'
      ? [{ at: `src/i18n ${lang} ${key}`, text: value }]
      : Object.entries(value as object).flatMap(([k, v]) => flat(v, key ? `${key}.${k}` : k));
  const about = `src/prose/about.${lang}.mdx`;
  const prose = readFileSync(join(CONTENT, '..', about), 'utf8')
    .split('\n')
    .map((text, i) => ({ at: `${about}:${i + 1}`, text }));
  return [...flat(dictionary(lang), ''), ...prose];
}
