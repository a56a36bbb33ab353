// The decoder's data built straight from the YAML files with the site's own schemas and index builder, the way
// /lookup.json and the page embed it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { z } from 'astro/zod';
import { buildCatalog, type Catalog } from '../../src/lib/build-catalog';
import type { DecoderData, PositionInfo } from '../../src/lib/decode-warnings';
import { buildLookupIndex } from '../../src/lib/export-catalog';
import { CodeTableSchema } from '../../src/schemas/code-table';
import { WarningPositionSchema } from '../../src/schemas/warning-position';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

export function readPositions(): PositionInfo[] {
  const raw = z
    .record(z.string(), WarningPositionSchema)
    .parse(load(readFileSync(join(CONTENT, 'idcard-multiwarning.yaml'), 'utf8')));
  return Object.entries(raw)
    .map(([position, info]) => ({ position: Number(position), ...info }))
    .sort((a, b) => a.position - b.position);
}

/** The catalog of content/tables, built by the site's own builder. */
export function readCatalog(): Catalog {
  const dir = join(CONTENT, 'tables');
  const entries = readdirSync(dir).flatMap((product) =>
    readdirSync(join(dir, product)).map((file) => ({
      id: `${product}/${file.replace(/\.yaml$/, '')}`,
      data: CodeTableSchema.parse(load(readFileSync(join(dir, product, file), 'utf8'))),
    })),
  );
  return buildCatalog(entries);
}

export function readDecoderData(): DecoderData {
  return { positions: readPositions(), lookup: buildLookupIndex(readCatalog()) };
}
