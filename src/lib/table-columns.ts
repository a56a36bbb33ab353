// Build time: the columns of a table page, in the order the sources write them, each with its header in every
// language of the site.
import { dictionary } from '../i18n';
import { COLUMNS } from '../schemas/code-table';
import type { Text } from '../schemas/text';
import { LANG_IDS, LANGS } from './i18n';
import type { Table } from './translate-table';

type ColumnKey = (typeof COLUMNS)[number];

/** One column of a table, with its header. */
export interface Column {
  key: ColumnKey;
  header: Text;
}

/** A header the dictionaries write, for a table whose source has none (an SDK table: a code and its description). */
function dictionaryHeader(key: 'code' | 'message'): Text {
  const ours = Object.fromEntries(
    LANG_IDS.map((lang) => [LANGS[lang].content, dictionary(lang).pages.table.sdkColumns[key]]),
  );
  return { official: {}, ours };
}

/** The columns `table` has, code first. */
export function tableColumns(table: Table): Column[] {
  const { columns } = table;
  if (!columns) return (['code', 'message'] as const).map((key) => ({ key, header: dictionaryHeader(key) }));
  return COLUMNS.flatMap((key) => {
    const header = columns[key];
    return header ? [{ key, header }] : [];
  });
}
