// The one reader of pasted text, for the search box, the search page and the decoder alike. Pure: it returns kinds
// and values, never sentences (the views word them). One pass over the text, no recursion and no backtracking
// pattern over unbounded input, so a 1 MB paste or 1,000 levels of nesting costs time in proportion to its length.
//
// JSON is not parsed: it is read as a stream of words, numbers and punctuation, where a value belongs to the field
// name written just before it (`"code": -1102`, `code=-1102`, `X-ErrNo: -5062`, `错误码：-1102`). That one rule reads
// JSON at any depth and in any key casing, JSON inside a JSON string (the quotes and backslashes are only
// punctuation), cut-off JSON, logfmt, header lines and query strings, with numbers kept as their raw digits.
import { foldWidth } from './fold-width';

/** Longest paste read, in characters; the rest is left out and reported as `capped`. */
export const MAX_PASTE = 1_000_000;
/** Most finds kept per list (codes, warning strings, ignored numbers); the rest are counted in `more`. */
const MAX_FOUND = 200;
/** Longest run of digits read as a code under a code-like field; longer runs are `long-number`. */
const MAX_CODE_DIGITS = 32;
/** Longest lone number taken for a code: longer ones are ids, amounts or timestamps. */
const MAX_LONE_DIGITS = 12;

/** What a field name says about the value written after it. */
export type FieldRole = 'code' | 'warning' | 'bits' | 'http' | 'request-id' | 'time' | 'port' | 'other';

/** A number that may be a code: under a code-like field (`key` set), or standing alone in the text. */
export interface FoundCode {
  /** ASCII digits with an optional leading "-" (a "+" is dropped), exactly as written: never rounded. */
  code: string;
  /** The field name as written (`ErrorCode`, `X-ErrNo`, `错误码`); absent for a lone number. */
  key?: string;
}

/** An ID-card multi-warning string: 8 characters of 0 and 1. */
export interface FoundBits {
  value: string;
  key?: string;
  /** From a front-side or back-side field (`frontMultiWarning`, `backMultiWarning`). */
  side?: 'front' | 'back';
}

/** The codes written under one warning field (`WarningCode: [-9111]`, `warning: -9110, -9114`). */
export interface FoundWarnings {
  key: string;
  codes: string[];
}

/** A value that is almost an ID-card warning string, and why it is not one. */
export interface NotBits {
  value: string;
  key?: string;
  length: number;
  /** 1-based positions holding something other than 0 or 1. */
  wrong: { position: number; char: string }[];
}

/** Numbers and strings that were seen and set aside: they are never taken for a code. */
export type IgnoredKind =
  | 'timestamp'
  | 'date'
  | 'time'
  | 'uuid'
  | 'request-id'
  | 'ip'
  | 'port'
  | 'http-status'
  /** An API 3.0 error code such as `FailedOperation.ImageDecodeFailed`: a string, not documented here. */
  | 'api-error-code'
  | 'decimal'
  | 'version'
  /** Too many digits to be a code. */
  | 'long-number'
  /** A number written with leading zeros (`0202`, `07`): codes never are. */
  | 'zero-padded'
  /** A number under a field that does not hold codes (`"Sim": 85`, `"age": 3`). */
  | 'field';

export interface Ignored {
  kind: IgnoredKind;
  value: string;
  key?: string;
}

/** Everything read out of a paste. */
export interface PasteReading {
  /** The paste cleaned: invisible characters removed, %-escapes decoded, widths folded, outer quotes trimmed. */
  text: string;
  /** True when the paste holds nothing but blanks and quotes. */
  empty: boolean;
  /** True when the paste is only signs, digits, quotes and list punctuation (`-`, `66`, `[-9110,-9111]`). */
  codeish: boolean;
  /** Distinct candidate codes, surest first: those under a code-like field, then lone numbers, each in order. */
  codes: FoundCode[];
  bits: FoundBits[];
  warnings: FoundWarnings[];
  notBits: NotBits[];
  ignored: Ignored[];
  /** Set when the paste was longer than MAX_PASTE: only the first `read` characters were read. */
  capped?: { total: number; read: number };
  /** Finds left out beyond MAX_FOUND per list. */
  more: number;
}

// Zero-width and format characters that chat apps and web pages slip into copied text, and bidi controls.
const INVISIBLE =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const ATOM = new Uint8Array(128).map((_, c) => (isDigit(c) || isLetter(c) || c === 95 ? 1 : 0));
const isAtom = (c: number) => c < 128 && ATOM[c] === 1; // [A-Za-z0-9_]
const isCjk = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
const isHex = (c: number) => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const isConnector = (c: number) => c === 45 || c === 46 || c === 58 || c === 47; // - . : /

/** Decodes %XX escapes (URL-encoded query strings); a malformed escape stays as written. Linear. */
function percentDecode(text: string): string {
  if (!text.includes('%')) return text;
  const out: string[] = [];
  const decoder = new TextDecoder();
  let i = 0;
  let plainFrom = 0;
  while (i < text.length) {
    if (text[i] === '%' && isHex(text.charCodeAt(i + 1)) && isHex(text.charCodeAt(i + 2))) {
      out.push(text.slice(plainFrom, i));
      const bytes: number[] = [];
      while (text[i] === '%' && isHex(text.charCodeAt(i + 1)) && isHex(text.charCodeAt(i + 2))) {
        bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
        i += 3;
      }
      out.push(decoder.decode(new Uint8Array(bytes)));
      plainFrom = i;
    } else i++;
  }
  out.push(text.slice(plainFrom));
  return out.join('');
}

/** The paste as the reader sees it: capped, invisible characters removed, %-escapes decoded, widths folded. */
export function cleanPaste(input: string): string {
  return foldWidth(percentDecode(input.slice(0, MAX_PASTE).replace(INVISIBLE, '')));
}

const CODE_KEYS = new Set([
  'code',
  'errcode',
  'errorcode',
  'errno',
  'errorno',
  'errnum',
  'errornumber',
  'err',
  'error',
  'xerrno',
  'xerrcode',
  'ret',
  'retcode',
  'returncode',
  'rescode',
  'respcode',
  'responsecode',
  'resultcode',
  'errcd',
]);
const HTTP_KEYS = new Set(['http', 'https', 'httpstatus', 'httpcode', 'status', 'statuscode', 'httpstatuscode']);
const ID_KEYS = new Set([
  'requestid',
  'reqid',
  'xrequestid',
  'traceid',
  'spanid',
  'sessionid',
  'biztoken',
  'orderno',
  'bizseqno',
  'uuid',
  'id',
]);
const CJK_CODE_KEYS = ['错误码', '返回码', '错误代码', '响应码', '返回值', '结果码', '状态码', '错误号'];
const CJK_WARNING_KEYS = ['告警码', '警告码', '告警'];
// The first part of API 3.0 error codes ("FailedOperation.ImageDecodeFailed").
const API_CATEGORIES = new Set(
  [
    'authfailure',
    'dryrunoperation',
    'failedoperation',
    'internalerror',
    'invalidaction',
    'invalidparameter',
    'invalidparametervalue',
    'invalidrequest',
    'ipinblacklist',
    'ipnotinwhitelist',
    'limitexceeded',
    'missingparameter',
    'noSuchproduct',
    'nosuchversion',
    'requestlimitexceeded',
    'resourceinsufficient',
    'resourceinuse',
    'resourcenotfound',
    'resourceunavailable',
    'responsesizelimitexceeded',
    'servicenotavailable',
    'serviceunavailable',
    'unauthorizedoperation',
    'unknownparameter',
    'unsupportedoperation',
    'unsupportedprotocol',
    'unsupportedregion',
    'operationdenied',
    'resourcesoldout',
    'clienterror',
    'servererror',
  ].map((c) => c.toLowerCase()),
);

interface Field {
  name: string;
  role: FieldRole;
  side?: 'front' | 'back';
}

/** What a field name announces. `name` may be dotted (`Response.Error.Code`): its last part counts. */
export function fieldRole(name: string): FieldRole {
  const last = name.slice(name.lastIndexOf('.') + 1);
  const key = last.toLowerCase().replace(/[-_]/g, '');
  if (key.includes('multiwarning')) return 'bits';
  if (CODE_KEYS.has(key)) return 'code';
  if (key.includes('warn')) return 'warning';
  if (HTTP_KEYS.has(key) || /^https?\//i.test(name)) return 'http';
  if (ID_KEYS.has(key) || key.endsWith('requestid') || key.endsWith('traceid')) return 'request-id';
  if (key === 'port') return 'port';
  if (key === 'ts' || key.includes('time') || key.includes('date')) return 'time';
  return 'other';
}

// Field names repeat (a log of many calls): each is classified once per reading, up to this many names.
const FIELD_CACHE_SIZE = 1000;

function makeField(name: string, role = fieldRole(name)): Field {
  const lower = name.toLowerCase();
  const side = lower.startsWith('front') ? 'front' : lower.startsWith('back') ? 'back' : undefined;
  return side ? { name, role, side } : { name, role };
}

/** Why an almost-warning-string is not one. */
function notBits(value: string, key?: string): NotBits {
  const wrong: NotBits['wrong'] = [];
  for (let i = 0; i < value.length && wrong.length < 16; i++) {
    const c = value[i] ?? '';
    if (c !== '0' && c !== '1') wrong.push({ position: i + 1, char: c });
  }
  return { value, ...(key !== undefined ? { key } : {}), length: value.length, wrong };
}
/** "FailedOperation.ImageDecodeFailed": a capital, then letters and dots, at least one dot. Linear, no pattern. */
function isDottedName(text: string): boolean {
  const first = text.charCodeAt(0);
  if (!(first >= 65 && first <= 90) || !text.includes('.')) return false;
  for (let i = 0; i < text.length; i++) if (!isLetter(text.charCodeAt(i)) && text[i] !== '.') return false;
  return true;
}
const isBits = (s: string) => s.length === 8 && /^[01]{8}$/.test(s);
/** 4 to 16 letters and digits, at least three quarters of them 0 or 1. */
function looksLikeBits(s: string): boolean {
  if (s.length < 4 || s.length > 16 || !/^[0-9A-Za-z]+$/.test(s)) return false;
  let binary = 0;
  for (const c of s) if (c === '0' || c === '1') binary++;
  return binary / s.length >= 0.75;
}

/** Trims blanks and quotes from both ends, by index (a pattern here would be quadratic on a long run of spaces). */
function trimQuotes(text: string): string {
  const QUOTE = ' \t\r\n"\'`“”‘’「」『』【】';
  let start = 0;
  let end = text.length;
  while (start < end && QUOTE.includes(text[start] ?? '')) start++;
  while (end > start && QUOTE.includes(text[end - 1] ?? '')) end--;
  return text.slice(start, end);
}

const SKIPPED = new Set([...' \t"\'\\`'].map((c) => c.charCodeAt(0)));
const CODEISH = new Set([...'0123456789+-,|;[]"\'` \t\r\n'].map((c) => c.charCodeAt(0)));

/**
 * Reads whatever was pasted: a code, a log line, a JSON response (also cut off, or held as a string inside JSON),
 * a header line, a query string, a sentence around a code. Returns every candidate code, warning string and warning
 * list it holds, what it set aside and why, and what it could not read. Never throws.
 */
export function readPaste(input: string): PasteReading {
  const s = cleanPaste(input);
  const text = trimQuotes(s);
  const reading: PasteReading = {
    text,
    empty: text === '',
    codeish: false,
    codes: [],
    bits: [],
    warnings: [],
    notBits: [],
    ignored: [],
    more: 0,
  };
  if (input.length > MAX_PASTE) reading.capped = { total: input.length, read: MAX_PASTE };
  if (reading.empty) return reading;
  let codeish = true;
  for (let i = 0; i < text.length && codeish; i++) codeish = CODEISH.has(text.charCodeAt(i));
  reading.codeish = codeish;

  const fields = new Map<string, Field>();
  const keyed: FoundCode[] = [];
  const lone: FoundCode[] = [];
  const seen = new Set<string>();
  const add = <T>(list: T[], item: T) => {
    if (list.length < MAX_FOUND) list.push(item);
    else reading.more++;
  };
  const ignore = (kind: IgnoredKind, value: string, field?: Field) =>
    add(reading.ignored, field ? { kind, value, key: field.name } : { kind, value });

  // The reading state: the field name last seen, whether ":" or "=" followed it, and the field a list belongs to.
  let pending: Field | undefined; // a field name, not yet followed by ":" or "="
  let active: Field | undefined; // the field the next value belongs to
  let soft = false; // `active` came from a name followed only by a space ("code -1101", "错误码 66660023")
  let values = 0; // values read under `active`
  let listDepth = -1; // bracket depth of the list that `active` holds, or -1
  let depth = 0;
  let carry = false; // a list separator followed a value: the next number stays under `active`
  let group: FoundWarnings | undefined;

  const clear = () => {
    pending = undefined;
    if (listDepth < 0) {
      active = undefined;
      group = undefined;
    }
    soft = false;
    carry = false;
  };
  const assign = (field: Field, isSoft: boolean) => {
    active = field;
    soft = isSoft;
    values = 0;
    listDepth = -1;
    carry = false;
    group = undefined;
    pending = undefined;
  };
  /** Whether a value read now belongs to `active`. */
  const owned = () => active !== undefined && (listDepth >= 0 || values === 0 || carry);
  const afterValue = () => {
    values++;
    // Warning codes may follow one another with spaces only ("warning: -9110 -9114").
    carry = active?.role === 'warning' && listDepth < 0;
    if (listDepth < 0 && soft && active?.role !== 'warning') {
      active = undefined;
      soft = false;
    }
  };

  const takeCode = (code: string, field?: Field) => {
    if (seen.has(code)) {
      // A code seen alone and later under a field moves up to the fields.
      const at = lone.findIndex((c) => c.code === code);
      if (field && at >= 0) {
        lone.splice(at, 1);
        add(keyed, { code, key: field.name });
      }
      return;
    }
    seen.add(code);
    if (field) add(keyed, { code, key: field.name });
    else add(lone, { code });
  };

  /** One number (digits with their sign), read under `active` when it owns the value, else alone. */
  const number = (raw: string, sign: string, alone = false) => {
    const digits = raw;
    const code = sign === '-' ? `-${digits}` : digits;
    const field = owned() ? active : undefined;
    if (field) {
      afterValue();
      switch (field.role) {
        case 'bits':
          if (isBits(digits) && sign === '')
            add(reading.bits, { value: digits, key: field.name, ...(field.side ? { side: field.side } : {}) });
          else add(reading.notBits, notBits(sign + digits, field.name));
          return;
        case 'warning':
          if (isBits(digits) && sign === '') {
            add(reading.bits, { value: digits, key: field.name, ...(field.side ? { side: field.side } : {}) });
            return;
          }
          if (digits.length > MAX_CODE_DIGITS) return ignore('long-number', code, field);
          if (!group) {
            group = { key: field.name, codes: [] };
            add(reading.warnings, group);
          }
          if (group.codes.length < MAX_FOUND && !group.codes.includes(code)) group.codes.push(code);
          takeCode(code, field);
          return;
        case 'code':
          if (digits.length > MAX_CODE_DIGITS) return ignore('long-number', code, field);
          takeCode(code, field);
          return;
        case 'http':
          return ignore(
            digits.length === 3 && digits >= '100' && digits <= '599' ? 'http-status' : 'field',
            code,
            field,
          );
        case 'request-id':
          return ignore('request-id', code, field);
        case 'time':
          return ignore('timestamp', code, field);
        case 'port':
          return ignore('port', code, field);
        default:
          return ignore('field', code, field);
      }
    }
    if (isBits(digits) && sign === '') return add(reading.bits, { value: digits });
    if (
      (digits.length === 10 && digits >= '1000000000' && digits <= '2200000000') ||
      (digits.length === 13 && digits >= '1000000000000' && digits <= '2200000000000')
    ) {
      return ignore('timestamp', code);
    }
    if (digits.length > MAX_LONE_DIGITS) return ignore('long-number', code);
    // A bare almost-warning-string ("1001010") is a code to look up, and also said not to be a warning string.
    const padded = digits.length > 1 && digits.startsWith('0');
    if (alone && sign === '' && digits === reading.text && looksLikeBits(digits)) {
      add(reading.notBits, notBits(digits));
      if (padded) return;
    } else if (padded) return ignore('zero-padded', code);
    takeCode(code);
  };

  /** A word value or a field name (`code`, `X-ErrNo`, `FailedOperation.ImageDecodeFailed`, `3c1f`). */
  const word = (chunk: string, next: string) => {
    const firstPart = chunk.slice(0, chunk.indexOf('.') >= 0 ? chunk.indexOf('.') : chunk.length).toLowerCase();
    const apiCode = chunk.includes('.') && API_CATEGORIES.has(firstPart);
    if (owned() && active) {
      const field = active;
      afterValue();
      if (apiCode || (field.role === 'code' && isDottedName(chunk))) return ignore('api-error-code', chunk, field);
      if (field.role === 'request-id') return ignore('request-id', chunk, field);
      if (field.role === 'bits' && looksLikeBits(chunk)) return add(reading.notBits, notBits(chunk, field.name));
      if (field.role === 'bits' && isBits(chunk)) return;
      // A word after "Error:" may be the next field's name ("Error: code=…"): read it as one when ":" or "=" follows.
      if (next !== ':' && next !== '=') return;
    }
    if (apiCode) {
      ignore('api-error-code', chunk);
      clear();
      return;
    }
    if (chunk === reading.text && looksLikeBits(chunk)) add(reading.notBits, notBits(chunk));
    clear();
    let field = fields.get(chunk);
    if (!field) {
      field = makeField(chunk);
      if (fields.size < FIELD_CACHE_SIZE) fields.set(chunk, field);
    }
    pending = field;
  };

  /** Numbers run together ("-9110-9111", "66660004/66660034"): each is read on its own, a "-" being its sign. */
  const eachNumber = (c: string, sign: string) => {
    let from = 0;
    let nextSign = sign;
    for (let i = 0; i <= c.length; i++) {
      const code = c.charCodeAt(i);
      if (i < c.length && isDigit(code)) continue;
      if (from > 0 && active) carry = true;
      number(c.slice(from, i), nextSign);
      nextSign = code === 45 ? '-' : '';
      from = i + 1;
    }
  };

  /** Classifies a run of letters and digits joined by single - . : / characters. */
  const chunk = (start: number, end: number, sign: string) => {
    const c = s.slice(start, end);
    let letters = false;
    let atoms = 1;
    let onlyDots = true;
    const seps: string[] = []; // the first few only: every pattern below has at most 6 parts
    for (let i = 0; i < c.length; i++) {
      const code = c.charCodeAt(i);
      if (isLetter(code) || code === 95) letters = true;
      else if (!isDigit(code)) {
        atoms++;
        if (code !== 46) onlyDots = false;
        if (seps.length < 6) seps.push(c[i] ?? '');
      }
    }
    // The first character after the chunk past quotes, backslashes and blanks: ":" or "=" makes it a field name.
    let after = end;
    while (after < s.length && SKIPPED.has(s.charCodeAt(after))) after++;
    const next = s[after] ?? '';
    if (atoms === 1) {
      if (!letters) return number(c, sign, true);
      return word(c, next);
    }
    const numeric = !letters;
    if (atoms > 6) {
      if (!numeric) return word(c, next);
      if (onlyDots) {
        const field = owned() ? active : undefined;
        if (field) afterValue();
        else clear();
        return ignore('version', sign + c, field);
      }
      return eachNumber(c, sign);
    }
    const parts = c.split(/[-.:/]/);
    const field = owned() ? active : undefined;
    const settle = (kind: IgnoredKind) => {
      if (field) afterValue();
      else clear();
      ignore(kind, sign + c, field);
    };
    // UUIDs and other request ids: 8-4-4-4-12 hex digits.
    if (
      parts.length === 5 &&
      seps.every((x) => x === '-') &&
      [8, 4, 4, 4, 12].every((n, i) => parts[i]?.length === n && /^[0-9a-fA-F]+$/.test(parts[i] ?? ''))
    ) {
      return settle(field?.role === 'request-id' ? 'request-id' : 'uuid');
    }
    if (/^\d{4}-\d{1,2}-\d{1,2}T\d{1,2}(:\d{1,2}){1,2}(\.\d+)?Z?$/.test(c)) return settle('timestamp');
    if (numeric) {
      if (field?.role === 'time') return settle('date');
      const sizes = parts.map((p) => p.length);
      if (seps.length >= 3 && seps.slice(0, 3).every((x) => x === '.') && sizes.slice(0, 4).every((n) => n <= 3)) {
        if (seps.length === 4 && seps[3] === ':') {
          ignore('port', parts[4] ?? '', field);
          return settle('ip');
        }
        if (seps.length === 3) return settle('ip');
      }
      if (
        parts.length === 3 &&
        (seps.every((x) => x === '-') || seps.every((x) => x === '/')) &&
        (sizes[0] === 4 || sizes[2] === 4)
      )
        return settle('date');
      if (
        seps.every((x) => x === ':' || x === '.') &&
        seps[0] === ':' &&
        sizes.every((n, i) => n <= 2 || (i === parts.length - 1 && seps[i - 1] === '.'))
      ) {
        return settle('time');
      }
      if (seps.every((x) => x === '.')) return settle(parts.length === 2 ? 'decimal' : 'version');
      return eachNumber(c, sign);
    }
    // "code:1102": a field name and its value written together.
    const colon = c.indexOf(':');
    if (colon > 0 && /^\d+$/.test(c.slice(colon + 1))) {
      const name = c.slice(0, colon);
      clear();
      assign(makeField(name), false);
      return number(c.slice(colon + 1), '', false);
    }
    return word(c, next);
  };

  let i = 0;
  const n = s.length;
  while (i < n) {
    const ch = s.charCodeAt(i);
    if (isAtom(ch)) {
      // Read the chunk: atoms joined by single connectors.
      const start = i;
      let end = i;
      while (end < n) {
        while (end < n && isAtom(s.charCodeAt(end))) end++;
        if (isConnector(s.charCodeAt(end)) && isAtom(s.charCodeAt(end + 1))) end++;
        else break;
      }
      // A sign counts when it stands before the number, not inside a word ("a-1").
      const before = s[start - 1] ?? '';
      const sign = (before === '-' || before === '+') && !isAtom(s.charCodeAt(start - 2)) ? before : '';
      if (pending && pending.role !== 'other' && isDigit(ch)) {
        // "code -1101", "http 400", "错误码 66660023": a known field name followed by a space only.
        assign(pending, true);
      }
      chunk(start, end, sign);
      // A time with comma milliseconds (Python logs: "10:00:01,123").
      if (s[end] === ',' && /^\d\d:\d\d:\d\d$/.test(s.slice(start, end)) && isDigit(s.charCodeAt(end + 1))) {
        let e = end + 1;
        while (e < n && isDigit(s.charCodeAt(e))) e++;
        end = e;
      }
      // A time zone after a timestamp ("…T10:00:01+08:00").
      if (
        (s[end] === '+' || s[end] === '-') &&
        /^\d\d:\d\d/.test(s.slice(end + 1, end + 6)) &&
        s.slice(start, end).includes('T')
      )
        end += 6;
      i = end;
      continue;
    }
    if (isCjk(ch)) {
      const start = i;
      while (i < n && isCjk(s.charCodeAt(i))) i++;
      const run = s.slice(start, i);
      if (owned() && active && !soft) {
        afterValue(); // a Chinese value, such as a message
        continue;
      }
      clear();
      const codeKey = CJK_CODE_KEYS.find((k) => run.includes(k));
      const warnKey = CJK_WARNING_KEYS.find((k) => run.includes(k));
      if (warnKey) pending = makeField(warnKey, 'warning');
      else if (codeKey) pending = makeField(codeKey, 'code');
      if (pending && isDigit(s.charCodeAt(i))) assign(pending, true);
      continue;
    }
    i++;
    switch (ch) {
      case 58: // :
      case 61: // =
        if (pending) assign(pending, false);
        else if (!owned()) clear();
        break;
      case 91: // [
        depth++;
        if (active && values === 0 && listDepth < 0) {
          listDepth = depth;
          if (active.role === 'warning' && !group) {
            group = { key: active.name, codes: [] };
            add(reading.warnings, group);
          }
        }
        break;
      case 93: // ]
        if (depth === listDepth) {
          listDepth = -1;
          active = undefined;
          group = undefined;
        }
        depth = Math.max(0, depth - 1);
        break;
      case 44: // ,
      case 124: // |
      case 59: // ;
      case 0x3001: // 、
        pending = undefined;
        if (active && values > 0) carry = true;
        else if (listDepth < 0) clear(); // an empty value ("session_id": "",)
        break;
      // Punctuation around values, blanks, and signs (read with their number).
      case 34: // "
      case 39: // '
      case 96: // `
      case 0x201c: // “
      case 0x201d: // ”
      case 0x2018: // ‘
      case 0x2019: // ’
      case 45: // -
      case 43: // +
      case 32: // space
      case 9: // tab
        break;
      case 92: // \
        // Escapes of a JSON string logged inside another: "\n" is a line break, "\u8bf7" one character.
        while (s.charCodeAt(i) === 92) i++;
        if (
          s[i] === 'u' &&
          isHex(s.charCodeAt(i + 1)) &&
          isHex(s.charCodeAt(i + 2)) &&
          isHex(s.charCodeAt(i + 3)) &&
          isHex(s.charCodeAt(i + 4))
        )
          i += 5;
        else if (s[i] === 'n' || s[i] === 'r') {
          i++;
          if (listDepth < 0) clear();
        } else if (s[i] === 't' || s[i] === 'b' || s[i] === 'f') i++;
        break;
      case 10: // line feed
      case 13: // carriage return
        if (listDepth < 0) clear();
        break;
      case 123: // {
      case 125: // }
        clear();
        listDepth = -1;
        active = undefined;
        group = undefined;
        break;
      default:
        // Other brackets, "&", "?", "#", sentence punctuation: the end of a value.
        if (listDepth < 0) clear();
    }
  }
  reading.codes = [...keyed, ...lone];
  // The same warning string or list repeated (a log of many calls) is reported once.
  const once = <T>(list: T[], sign: (item: T) => string) => {
    const signs = new Set<string>();
    return list.filter((item) => !signs.has(sign(item)) && Boolean(signs.add(sign(item))));
  };
  reading.bits = once(reading.bits, (b) => `${b.key}|${b.value}`);
  reading.warnings = once(reading.warnings, (w) => `${w.key}|${w.codes.join(',')}`);
  reading.notBits = once(reading.notBits, (b) => `${b.key}|${b.value}`);
  reading.ignored = once(reading.ignored, (i) => `${i.kind}|${i.key}|${i.value}`);
  return reading;
}

// Re-exported: they live apart so the search box can use them without loading this reader.
export { otherSign, shareQuery } from './paste-reading';
