// What the search and the decoder must show for a code, derived from the content: the words of a meaning a page in one
// language shows, the name of its table, and what an address may carry. Shared by the browser specs of both languages.
import type { Occurrence } from '../../src/lib/build-catalog';
import { foldCode } from '../../src/lib/codes';
import { format, type Lang } from '../../src/lib/i18n';
import { headingText } from '../../src/lib/table-heading';
import type { Text } from '../../src/schemas/text';
import { dictionary } from '../../src/i18n';
import { placesOf } from './tables';

/**
 * The words a page in `lang` shows for a text of the sources: on the English pages Tencent's English where it has
 * some, else the site's; on the Chinese pages the official Chinese, or Tencent's English where the Chinese is empty.
 */
export function wordsIn(text: Text, lang: Lang): string {
  const { official, ours } = text;
  if (lang === 'en') return official.en ?? ours.en ?? official.zh ?? '';
  return official.zh ?? official.en ?? ours.zh ?? '';
}

/** The official Chinese an English page shows beside a text in other words (logs carry it), if any. */
function originalBeside(text: Text, lang: Lang): string | undefined {
  const chinese = text.official.zh;
  return lang === 'en' && typeof chinese === 'string' && chinese !== wordsIn(text, lang) ? chinese : undefined;
}

/** How a result names the table of a meaning: its product, then its short label, or its heading where it has none. */
function tableName({ table }: Occurrence, lang: Lang): string {
  const label = lang === 'en' ? table.label.en : undefined;
  return `${dictionary(lang).products[table.product].short} · ${label ?? wordsIn(headingText(table), lang)}`;
}

/** What a result line for `place` holds, in `lang`: the code, the meaning (and the Chinese beside it), its table. */
export function lineOf(place: Occurrence, lang: Lang): string[] {
  const original = originalBeside(place.row.message, lang);
  return [place.code, wordsIn(place.row.message, lang), ...(original ? [original] : []), tableName(place, lang)];
}

/**
 * The part of the sentence offering "the same digits with the other sign" that holds no code, in `lang`: what a
 * search or the decoder says when a minus may have been lost (`which`), and must not say of a documented code.
 */
export function otherSignHint(lang: Lang, which: 'search' | 'decoder'): string {
  const t = dictionary(lang).scripts.results;
  const template = which === 'search' ? t.search.otherSign : t.decoder.otherSign;
  return (
    format(template, { code: '\u0000' })
      .split('\u0000')
      .sort((a, b) => b.length - a.length)[0]
      ?.trim() ?? template
  );
}

/** The API 3.0 names and numbers the tables document, as the lookup compares them. */
const documented = (code: string) => placesOf(code).length > 0;

/**
 * The parts of a shared query (`?q=`) that are not decoded values: each part must be a documented code (alone or as
 * `code=…`), an ID card warning string or a list of warning codes. Empty when the query carries nothing else.
 */
export function notDecoded(query: string): string[] {
  return query
    .split(' ')
    .filter(Boolean)
    .filter((part) => {
      if (/^((front|back)MultiWarning|multiWarning)=[01]{8}$/.test(part) || /^[01]{8}$/.test(part)) return false;
      if (/^warningCode=\[(-?[1-9][0-9]*(,-?[1-9][0-9]*)*)?\]$/.test(part)) return false;
      return !documented(part.replace(/^code=/, ''));
    });
}

/** Whether a shared query names `code`, in any letter case. */
export const namesCode = (query: string, code: string): boolean =>
  query.split(' ').some((part) => foldCode(part.replace(/^code=/, '')) === foldCode(code));
