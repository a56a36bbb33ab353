// Build time: how a table is named, in every language of the site.
import { dictionary } from '../i18n';
import { documentOf } from '../registry';
import type { Text } from '../schemas/text';
import { format, LANG_IDS, LANGS, type Lang } from './i18n';
import { plainIn } from './texts';
import type { Table } from './translate-table';

/**
 * The table's own heading in every language: the last of its sections as the source writes it, or for a table whose
 * source has no heading (the SDK tables), one made from its product and API by each language's dictionary.
 */
export function headingText(table: Table): Text {
  const own = table.sections.at(-1);
  if (own) return own;
  const api = documentOf(table.document).api;
  const ours = Object.fromEntries(
    LANG_IDS.map((lang) => {
      const t = dictionary(lang);
      const heading = format(t.pages.table.sdkHeading, {
        product: t.products[table.product].name,
        api: api?.name ?? '',
        version: api?.version ?? '',
      });
      return [LANGS[lang].content, heading];
    }),
  );
  return { official: {}, ours };
}

/** The table's heading in `lang` as plain text, with its part when a section holds two tables: "银行卡 OCR 识别响应码 · 告警码". */
export function tableTitle(table: Table, lang: Lang): string {
  const heading = plainIn(headingText(table), lang);
  return table.part ? `${heading} · ${plainIn(table.part, lang)}` : heading;
}
