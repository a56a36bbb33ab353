import type { CodeTable } from '../schemas/code-table';

/** A text in the official Chinese and in this site's English translation. */
export interface Texts {
  zh: string;
  en: string;
}

/** A table's heading: the source section title, plus the part when a section holds two tables. */
export function tableHeading(table: Pick<CodeTable, 'title' | 'source'>): string {
  return table.source.part ? `${table.title} · ${table.source.part}` : table.title;
}

/** A table's heading in both languages: the official Chinese (tableHeading) and its English translation. */
export function tableHeadings(table: Pick<CodeTable, 'title' | 'source' | 'en'>): Texts {
  return {
    zh: tableHeading(table),
    en: table.en.part ? `${table.en.title} · ${table.en.part}` : table.en.title,
  };
}
