import { defineCollection } from 'astro:content';
import { yamlPositionTranslations, yamlTables, yamlTableTranslations, yamlWarningPositions } from './content-loaders';
import { CodeTableSchema } from './schemas/code-table';
import { TableTranslationSchema } from './schemas/table-translation';
import { PositionTranslationSchema, WarningPositionSchema } from './schemas/warning-position';

// CONTENT_DIR points the site at another content folder: test fixtures and the benchmark's synthetic tables.
const CONTENT_DIR = process.env.CONTENT_DIR ?? './content';

/** One entry per source table, Tencent's texts only; the id is the file path, e.g. "faceid/idcard-ocr". */
const tables = defineCollection({
  loader: yamlTables(`${CONTENT_DIR}/tables`),
  schema: CodeTableSchema,
});

/** The site's translation of each table into each language but Chinese; the id is "<lang>/<product>/<table>". */
const tableTranslations = defineCollection({
  loader: yamlTableTranslations(`${CONTENT_DIR}/translations`),
  schema: TableTranslationSchema,
});

/** The ID-card OCR multi-warning string, one entry per position, keyed "1" to "8". */
const warningPositions = defineCollection({
  loader: yamlWarningPositions(`${CONTENT_DIR}/idcard-multiwarning.yaml`),
  schema: WarningPositionSchema,
});

/** The site's translation of the positions into each language but Chinese; the id is the language. */
const positionTranslations = defineCollection({
  loader: yamlPositionTranslations(`${CONTENT_DIR}/translations`, 'idcard-multiwarning.yaml'),
  schema: PositionTranslationSchema,
});

export const collections = { tables, tableTranslations, warningPositions, positionTranslations };
