import { defineCollection } from 'astro:content';
import { yamlTables, yamlWarningPositions } from './content-loaders';
import { CodeTableSchema } from './schemas/code-table';
import { WarningPositionSchema } from './schemas/warning-position';

// CONTENT_DIR points the site at another content folder: test fixtures and the benchmark's synthetic tables.
const CONTENT_DIR = process.env.CONTENT_DIR ?? './content';

/** One entry per source table; the id is the file path, e.g. "faceid/idcard-ocr". */
const tables = defineCollection({
  loader: yamlTables(`${CONTENT_DIR}/tables`),
  schema: CodeTableSchema,
});

/** The ID-card OCR multi-warning string, one entry per position, keyed "1" to "8". */
const warningPositions = defineCollection({
  loader: yamlWarningPositions(`${CONTENT_DIR}/idcard-multiwarning.yaml`),
  schema: WarningPositionSchema,
});

export const collections = { tables, warningPositions };
