// The decoder's data built straight from the YAML files, the way /lookup.json and the page embed it.
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import type { DecoderData, PositionInfo } from '../../src/lib/decode-warnings';
import type { LookupIndex } from '../../src/lib/export-catalog';
import { readTables } from './tables';

export function readPositions(): PositionInfo[] {
  const raw = load(readFileSync(new URL('../../content/idcard-multiwarning.yaml', import.meta.url), 'utf8')) as Record<
    string,
    Omit<PositionInfo, 'position'>
  >;
  return Object.entries(raw).map(([position, info]) => ({ position: Number(position), ...info }));
}

export function readDecoderData(): DecoderData {
  const tables = readTables();
  const lookup: LookupIndex = { tables: [], codes: {} };
  tables.forEach((table, i) => {
    const heading = table.source.part ? `${table.title} · ${table.source.part}` : table.title;
    lookup.tables.push([table.id, heading, table.id, table.kind ?? 'codes']);
    for (const row of table.rows) for (const code of row.codes) (lookup.codes[code] ??= []).push([i, row.message]);
  });
  return { positions: readPositions(), lookup };
}
