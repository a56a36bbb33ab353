import { foldWidth } from './fold-width';

/** What a search box input turns out to be. */
export type Query =
  | { kind: 'empty' }
  /** A code, cleaned: ASCII digits with an optional leading "-". `extracted` when it was found inside longer text. */
  | { kind: 'code'; code: string; extracted: boolean; text: string }
  | { kind: 'text'; text: string };

const QUOTES = /^["'`“”‘’「」『』【】\s]+|["'`“”‘’「」『』【】\s]+$/g;
const WHOLE_CODE = /^[+-]?\d+$/;
// A field name that announces a code: code=-1102, "code": -1102, X-ErrNo: -6101, 错误码：-1102.
const KEYED_CODE =
  /(?:code|errno|errcode|error_?code|err|ret|retcode|result|warn(?:ing)?_?code|返回码|错误码|告警码)["']?\s*[:=：]\s*["']?([+-]?\d+)(?![\d.])/i;
// A number standing alone: not part of a date, a time, a version, a path or a word.
const LONE_NUMBER = /(?<![\w.:/\\-])-?\d+(?![\w.:/\\-]|\.\d)/g;
const HAS_CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Drops a leading "+" so "+15" and "15" are the same code. */
function cleanCode(raw: string): string {
  return raw.startsWith('+') ? raw.slice(1) : raw;
}

/**
 * Reads what someone typed or pasted into a search box: a code (also inside quotes, with a Unicode or full-width
 * minus, as `code=-1102`, or as the one number in a short log line) or free text.
 */
export function parseQuery(input: string): Query {
  const folded = foldWidth(input).replace(QUOTES, '').trim();
  if (folded === '') return { kind: 'empty' };
  if (WHOLE_CODE.test(folded)) return { kind: 'code', code: cleanCode(folded), extracted: false, text: folded };

  const keyed = KEYED_CODE.exec(folded);
  if (keyed?.[1]) return { kind: 'code', code: cleanCode(keyed[1]), extracted: true, text: folded };

  if (!HAS_CJK.test(folded)) {
    const numbers = folded.match(LONE_NUMBER) ?? [];
    if (numbers.length === 1 && numbers[0]) return { kind: 'code', code: numbers[0], extracted: true, text: folded };
  }
  return { kind: 'text', text: folded };
}
