import type { CodeTable } from '../schemas/code-table';
import type { Texts } from './table-heading';

/** The English beside a Chinese text; the schema keeps them in step, so a missing one is a bug, not content. */
function pair(zh: string, en: string | undefined, where: string): Texts {
  if (en === undefined) throw new Error(`${where} has no English beside ${JSON.stringify(zh)}`);
  return { zh, en };
}

/** A table's prose paragraphs, each official Chinese with its English. */
export function proseTexts(table: Pick<CodeTable, 'prose' | 'en'>): Texts[] {
  return table.prose.map((zh, i) => pair(zh, table.en.prose[i], `prose paragraph ${i + 1}`));
}

/** A table's notices (one paragraph or several items each), each official Chinese with its English. */
export function noticeTexts(table: Pick<CodeTable, 'notices' | 'en'>): Texts[][] {
  return table.notices.map((items, n) =>
    items.map((zh, i) => pair(zh, table.en.notices[n]?.[i], `notice ${n + 1}, item ${i + 1}`)),
  );
}
