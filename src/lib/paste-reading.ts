// The small parts of the paste reader that a search for a typed code or typed words needs without loading the reader
// itself (src/lib/read-paste.ts, several KB): the reading of plainly typed input (and the Chinese field names it tells
// from words), shareQuery and otherSign. The search box loads the reader only for anything else.
import { foldWidth } from './fold-width';
import type { PasteReading } from './read-paste';

/** Chinese field names of a code (`错误码：-1102`) and of warnings; any other Chinese is words (PasteReading.wordy). */
export const CJK_CODE_KEYS = ['错误码', '返回码', '错误代码', '响应码', '返回值', '结果码', '状态码', '错误号'];
export const CJK_WARNING_KEYS = ['告警码', '警告码', '告警'];
/** Whether a run of Chinese characters is words: anything but exactly one code or warning key. */
export const isChineseWords = (run: string) => !CJK_CODE_KEYS.includes(run) && !CJK_WARNING_KEYS.includes(run);

/** A typed code: a sign or none, then up to 9 digits without a leading zero, blanks around it (after foldWidth). */
const PLAIN_CODE = /^[ \t\r\n]*(-?[1-9][0-9]{0,8})[ \t\r\n]*$/;
/** Typed Chinese words: CJK ideographs only, blanks between and around them (after foldWidth). */
const PLAIN_WORDS = /^[ \t\r\n]*([\u4e00-\u9fff]+(?:[ \t\r\n]+[\u4e00-\u9fff]+)*)[ \t\r\n]*$/;

/** The reading of `text` that found nothing in it: every list empty, nothing cut (readPaste starts from it too). */
export const nothingFound = (text: string): PasteReading => ({
  text,
  empty: text === '',
  codeish: false,
  codes: [],
  bits: [],
  warnings: [],
  notBits: [],
  ignored: [],
  more: 0,
  cut: { codes: 0, warningCodes: 0, bits: 0, warnings: 0, notBits: 0, ignored: 0 },
  services: [],
  wordy: false,
});

const reading = (text: string, code?: string, wordy = false): PasteReading => ({
  ...nothingFound(text),
  codeish: code !== undefined,
  codes: code === undefined ? [] : [{ code }],
  wordy,
});

/**
 * The reading of `input` when it is plainly one code ("-1102", "６６６６１００３", "−9110") or plainly Chinese words
 * ("签名过期"), exactly as readPaste reads it; undefined for anything else, which the reader reads. Left to the
 * reader: a "+", anything it cleans (invisible characters, %-escapes, quotes), and unsigned digits that may be a
 * warning string (4 or more digits, three quarters of them 0 or 1), which it also reports as such.
 * tests/unit/paste-reading.test.ts holds both to the same readings.
 */
export function plainReading(input: string): PasteReading | undefined {
  if (input.length > 64) return undefined;
  const folded = foldWidth(input);
  const words = PLAIN_WORDS.exec(folded)?.[1];
  if (words !== undefined) return reading(words, undefined, words.split(/[ \t\r\n]+/).some(isChineseWords));
  const code = PLAIN_CODE.exec(folded)?.[1];
  if (code === undefined) return undefined;
  if (!code.startsWith('-') && code.length >= 4) {
    let binary = 0;
    for (const c of code) if (c === '0' || c === '1') binary++;
    if (binary / code.length >= 0.75) return undefined;
  }
  return reading(code, code);
}

/** The same digits with the other sign: "5002" ↔ "-5002". "0" has none, nor a name (`LimitExceeded`). */
export function otherSign(code: string): string | undefined {
  if (!/^-?[0-9]+$/.test(code) || /^0+$/.test(code.replace(/^-/, ''))) return undefined;
  return code.startsWith('-') ? code.slice(1) : `-${code}`;
}

/** Longest shared query, in characters once escaped for a URL: a link to the decoder stays well under 2,000. */
export const MAX_SHARE_LENGTH = 1_500;
/** Most parts (values and lists) in a shared query. */
const MAX_SHARE_PARTS = 40;
/** The escaped length of a value, after the escaped comma or space before it ("%2C", "%20") unless it comes first. */
const escaped = (value: string, first: boolean) => encodeURIComponent(value).length + (first ? 0 : 3);

/** What goes into a shared query: at most `maxLength` characters once escaped, and only the codes `documented` keeps. */
export interface ShareOptions {
  maxLength?: number;
  /** Whether a code read is one the tables document: a number no table has may be part of an ID or a phone number. */
  documented?: (code: string) => boolean;
}

/**
 * What was decoded, written back as a short paste the reader reads the same way: lone codes first, then
 * `frontMultiWarning=…`, `warningCode=…`, `code=…`. It holds only decoded values (warning strings, warning lists and
 * documented codes), never the rest of the paste, so it can go into a shareable URL. A URL must stay short: it holds
 * the first values only, the parts that fit in `maxLength` characters once escaped (a warning list that does not fit
 * is cut to the codes that do), and `left` counts the values it leaves out.
 */
export function shareValues(
  reading: PasteReading,
  { maxLength = MAX_SHARE_LENGTH, documented = () => true }: ShareOptions = {},
): { query: string; left: number } {
  const inWarnings = new Set(reading.warnings.flatMap((w) => w.codes));
  const codes = reading.codes.filter((c) => documented(c.code));
  // Each part: its field, its values (one, or a warning list's codes), and what closes it.
  const parts: [field: string, values: string[], end?: string][] = [];
  for (const c of codes) if (c.key === undefined) parts.push(['', [c.code]]);
  for (const b of reading.bits)
    parts.push([b.side ? `${b.side}MultiWarning=` : b.key ? 'multiWarning=' : '', [b.value]]);
  for (const w of reading.warnings) parts.push(['warningCode=[', w.codes, ']']);
  for (const c of codes) if (c.key !== undefined && !inWarnings.has(c.code)) parts.push(['code=', [c.code]]);

  const kept: string[] = [];
  let length = 0;
  let left = 0;
  let full = false;
  for (const [field, values, end = ''] of parts) {
    let n = 0;
    let cost = escaped(field + end, kept.length === 0);
    let keep: boolean = !full && kept.length < MAX_SHARE_PARTS && length + cost <= maxLength;
    if (keep) {
      for (const value of values) {
        const more = escaped(value, n === 0);
        if (length + cost + more > maxLength) break;
        cost += more;
        n++;
      }
      keep = n > 0 || values.length === 0;
    }
    if (keep) {
      kept.push(field + values.slice(0, n).join(',') + end);
      length += cost;
    }
    // Once a value is left out, every later one is too (an empty warning list left out counts as one).
    full ||= !keep || n < values.length;
    left += keep ? values.length - n : Math.max(values.length, 1);
  }
  return { query: kept.join(' '), left };
}

/** The query of shareValues: the first decoded values, short enough for a URL. */
export function shareQuery(reading: PasteReading, options: ShareOptions = {}): string {
  return shareValues(reading, options).query;
}
