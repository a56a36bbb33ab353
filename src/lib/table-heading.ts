import type { CodeTable } from '../schemas/code-table';

/** A table's heading: the source section title, plus the part when a section holds two tables. */
export function tableHeading(table: Pick<CodeTable, 'title' | 'source'>): string {
  return table.source.part ? `${table.title} · ${table.source.part}` : table.title;
}
