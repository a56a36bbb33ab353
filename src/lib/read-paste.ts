// The one reader of pasted text, for the search box, the search page and the decoder alike. Pure: it returns kinds
// and values, never sentences (the views word them). One pass over the text, no recursion and no backtracking
// pattern over unbounded input, so a 1 MB paste or 1,000 levels of nesting costs time in proportion to its length.
//
// JSON is not parsed: it is read as a stream of words, numbers and punctuation, where a value belongs to the field
// name written just before it (`"code": -1102`, `code=-1102`, `X-ErrNo: -5062`, `错误码：-1102`). That one rule reads
// JSON at any depth and in any key casing, JSON inside a JSON string (the quotes and backslashes are only
// punctuation), cut-off JSON, logfmt, header lines and query strings, with numbers kept as their raw digits.
import { foldWidth } from './fold-width';
import { withoutInvisible } from './invisible';

/** Longest paste read, in characters; the rest is left out and reported as `capped`. */
export const MAX_PASTE = 1_000_000;
/** Most finds kept per list (codes, warning strings, ignored numbers); the rest are counted in `more`. */
const MAX_FOUND = 200;
/** Longest run of digits read as a code under a code-like field; longer runs are `long-number`. */
const MAX_CODE_DIGITS = 32;
/** Longest lone number taken for a code: longer ones are ids, amounts or timestamps. */
const MAX_LONE_DIGITS = 12;

/** What a field name says about the value written after it. */
export type FieldRole = 'code' | 'warning' | 'bits' | 'http' | 'request-id' | 'time' | 'port' | 'text' | 'other';

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
  /** How long something took: `200 毫秒`, `12ms`, `3秒`. */
  | 'duration'
  /** A process id in a syslog tag: `app[1234]:`. */
  | 'process-id'
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

/**
 * The paste as the reader sees it: capped, invisible characters removed (before and after %-escapes are decoded, as
 * an escape may hold one), %-escapes decoded, widths folded.
 */
export function cleanPaste(input: string): string {
  const visible = withoutInvisible(input.slice(0, MAX_PASTE));
  const decoded = percentDecode(visible);
  // Only decoded escapes can bring invisible characters back (the same string when there were none).
  return foldWidth(decoded === visible ? decoded : withoutInvisible(decoded));
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
// Fields of free text (`"Message": "-1102 图片解码失败"`): a number in them is read as if it stood alone.
const TEXT_KEYS = new Set([
  'message',
  'msg',
  'errmsg',
  'errormsg',
  'errmessage',
  'errormessage',
  'retmsg',
  'resmsg',
  'description',
  'desc',
  'detail',
  'details',
  'reason',
]);
const CJK_CODE_KEYS = ['错误码', '返回码', '错误代码', '响应码', '返回值', '结果码', '状态码', '错误号'];
const CJK_WARNING_KEYS = ['告警码', '警告码', '告警'];
// Units after a number that make it part of a date, a time of day or a duration, never a code ("2026年11月22日",
// "10时05分", "耗时 200 毫秒"), the longest first.
const UNITS = ['毫秒', '微秒', '秒钟', '分钟', '小时', '年', '月', '日', '号', '时', '点', '分', '秒', 'ms'];
const UNIT_STARTS = new Set(UNITS.map((u) => u.charCodeAt(0)));
// Units written onto a number ("12ms", "1.5s").
const DURATION_SUFFIXES = new Set(['ms', 's', 'us', 'ns', 'sec', 'min']);
// English month names, as logs write them ("Nov 22 10:00:01").
const MONTH_NAMES = 'January February March April May June July August September October November December'.split(' ');
const MONTHS = new Set([...MONTH_NAMES, ...MONTH_NAMES.map((m) => m.slice(0, 3)), 'Sept']);
// The first word of an HTTP request line ("GET /x 200 12ms"): the number after it is the response's status.
const HTTP_METHODS = new Set(['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'PATCH', 'OPTIONS']);
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

type UnitKind = 'date' | 'time' | 'duration';

/**
 * What `digits` written before `unit` are, in a run of such parts after the part of unit `previous` ("10时05分": 05
 * is minutes only after an hour), or undefined when the unit does not fit the number ("66660004时": "when").
 */
function unitKind(digits: string, unit: string, previous: string | undefined): UnitKind | undefined {
  const n = digits.length <= 2 ? Number(digits) : -1;
  switch (unit) {
    case '年':
      return digits.length === 4 ? 'date' : undefined;
    case '月':
      return n >= 1 && n <= 12 ? 'date' : undefined;
    case '日':
    case '号':
      return n >= 1 && n <= 31 ? 'date' : undefined;
    case '时':
    case '点':
      return n >= 0 && n <= 24 ? 'time' : undefined;
    case '分':
      return (previous === '时' || previous === '点') && n >= 0 && n <= 59 ? 'time' : undefined;
    case '秒':
      return previous === '分' && n >= 0 && n <= 59 ? 'time' : 'duration';
    default:
      return 'duration';
  }
}

/** "12ms", "1.5s": digits, maybe a decimal part, then a unit of time. Linear, no pattern. */
function isDurationWord(text: string): boolean {
  let i = 0;
  while (isDigit(text.charCodeAt(i))) i++;
  if (i === 0) return false;
  if (text[i] === '.') {
    const from = ++i;
    while (isDigit(text.charCodeAt(i))) i++;
    if (i === from) return false;
  }
  return DURATION_SUFFIXES.has(text.slice(i));
}

/** A month and a day ("11/22", "22/11"): two numbers of one or two digits, one of them a month. */
function isMonthDay(parts: string[]): boolean {
  const [a, b] = parts.map(Number);
  if (parts.length !== 2 || parts.some((p) => p.length > 2) || a === undefined || b === undefined) return false;
  return a >= 1 && b >= 1 && a <= 31 && b <= 31 && (a <= 12 || b <= 12);
}

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
  if (TEXT_KEYS.has(key)) return 'text';
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
  let requestLine = false; // an HTTP method began the line: its first lone number may be the status

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

  /** Sets a value aside in place of the next value: under `active` when it owns one. */
  const setAside = (kind: IgnoredKind, value: string) => {
    const field = owned() ? active : undefined;
    if (field) afterValue();
    else clear();
    ignore(kind, value, field);
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
        case 'text':
          break; // read as a lone number
        default:
          return ignore('field', code, field);
      }
    }
    if (isBits(digits) && sign === '') return add(reading.bits, { value: digits });
    if (requestLine) {
      requestLine = false;
      if (sign === '' && digits.length === 3 && digits >= '100' && digits <= '599') return ignore('http-status', code);
    }
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
    // After a value and a separator, a word followed by ":" or "=" names the next field ("RequestId":"r1","Code":…).
    const nextField = carry && (next === ':' || next === '=');
    if (owned() && active && !nextField) {
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
    if (letters && isDurationWord(c)) return setAside('duration', sign + c);
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
      // "11/22 10:00": a month and a day, next to a time of day.
      if ((seps[0] === '/' || seps[0] === '-') && isMonthDay(parts) && timeAt(end)) return settle('date');
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

  /** Whether a time of day ("10:00", "9:05:01") starts at `at`, after blanks. */
  const timeAt = (at: number): boolean => {
    let p = at;
    while (s.charCodeAt(p) === 32 || s.charCodeAt(p) === 9) p++;
    const digits = isDigit(s.charCodeAt(p + 1)) ? 2 : 1;
    return (
      isDigit(s.charCodeAt(p)) &&
      s[p + digits] === ':' &&
      isDigit(s.charCodeAt(p + digits + 1)) &&
      isDigit(s.charCodeAt(p + digits + 2))
    );
  };

  /** The unit written at `at` (UNITS), if any: "日" of "日志" (a log) is none, nor "ms" inside a word. */
  const unitAt = (at: number): string | undefined => {
    if (!UNIT_STARTS.has(s.charCodeAt(at))) return undefined;
    const unit = UNITS.find((u) => s.startsWith(u, at));
    if (unit === 'ms' && isAtom(s.charCodeAt(at + 2))) return undefined;
    if (unit === '日' && s[at + 1] === '志') return undefined;
    return unit;
  };

  /**
   * Numbers with units from the digits at start..end on ("2026年11月22日 10时05分", "耗时 200 毫秒"): each run of one
   * kind set aside as a date, a time of day or a duration. Returns where the last unit ends, or -1 when the digits
   * have no unit. Blanks may stand between a number and its unit and between parts.
   */
  const unitRun = (start: number, end: number): number => {
    let digitsFrom = start;
    let digitsTo = end;
    let from = start; // where the run of `kind` began
    let last = -1; // where the last unit read ends
    let kind: UnitKind | undefined;
    let previous: string | undefined;
    for (;;) {
      let p = digitsTo;
      while (s.charCodeAt(p) === 32) p++;
      const unit = unitAt(p);
      const partKind = unit && unitKind(s.slice(digitsFrom, digitsTo), unit, previous);
      if (!unit || !partKind) break;
      if (kind && partKind !== kind) {
        setAside(kind, s.slice(from, last));
        from = digitsFrom;
      }
      kind = partKind;
      previous = unit;
      last = p + unit.length;
      let q = last;
      while (s.charCodeAt(q) === 32) q++;
      if (!isDigit(s.charCodeAt(q))) break;
      digitsFrom = q;
      digitsTo = q;
      while (isDigit(s.charCodeAt(digitsTo))) digitsTo++;
    }
    if (!kind) return -1;
    setAside(kind, s.slice(from, last));
    return last;
  };

  /** Whether only blanks, maybe after a dot ("Nov. 22"), stand between `from` and `to`. */
  const blanksBetween = (from: number, to: number): boolean => {
    let p = s[from] === '.' ? from + 1 : from;
    if (p >= to) return false;
    while (p < to && s.charCodeAt(p) === 32) p++;
    return p === to;
  };

  /**
   * Digits (start..end, no sign) that are no code because of what stands around them: a process id in a syslog tag
   * ("app[1234]:"), a day or year after a month's name ("Nov 22", "Nov 22, 2026"), a number with a unit of date or
   * time. Sets them aside and returns where reading goes on, or -1.
   */
  const dateTimeOrPid = (start: number, end: number, word: number, month: number): number => {
    if (s[start - 1] === '[' && word === start - 1 && s[end] === ']' && s[end + 1] === ':') {
      setAside('process-id', s.slice(wordStart, end + 1));
      return end;
    }
    if (
      month >= 0 &&
      blanksBetween(month, start) &&
      (end - start === 4 || (end - start <= 2 && Number(s.slice(start, end)) <= 31))
    ) {
      // A year may follow the day: "Nov 22, 2026".
      let p = s[end] === ',' ? end + 1 : end;
      while (s.charCodeAt(p) === 32) p++;
      let q = p;
      while (isDigit(s.charCodeAt(q))) q++;
      const year = end - start <= 2 && q - p === 4 && !isConnector(s.charCodeAt(q)) && !isAtom(s.charCodeAt(q));
      setAside('date', s.slice(monthStart, year ? q : end));
      return year ? q : end;
    }
    return unitRun(start, end);
  };

  let i = 0;
  const n = s.length;
  let wordStart = -1; // where the last word chunk began
  let wordEnd = -1; // and where it ended
  let monthStart = -1; // where the last chunk began, when it was a month's name
  let monthEnd = -1; // and where it ended
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
      const lastWord = wordEnd;
      const lastMonth = monthEnd;
      wordEnd = -1;
      monthEnd = -1;
      let digitsOnly = sign === '' && isDigit(ch);
      for (let d = start; d < end && digitsOnly; d++) digitsOnly = isDigit(s.charCodeAt(d));
      if (digitsOnly) {
        const next = dateTimeOrPid(start, end, lastWord, lastMonth);
        if (next >= 0) {
          i = next;
          continue;
        }
      } else if (isLetter(ch)) {
        wordStart = start;
        wordEnd = end;
        // Month names and HTTP methods start with a capital and have 3 to 9 letters.
        if (ch <= 90 && end - start >= 3 && end - start <= 9) {
          const text = s.slice(start, end);
          if (MONTHS.has(text)) {
            monthStart = start;
            monthEnd = end;
          }
          if (HTTP_METHODS.has(text)) requestLine = true;
        }
      }
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
      // A code key starts a new field even where a value was due ("错误码: -1101; 错误码: -1102").
      const codeKey = CJK_CODE_KEYS.find((k) => run.includes(k));
      const warnKey = CJK_WARNING_KEYS.find((k) => run.includes(k));
      if (!codeKey && !warnKey && owned() && active && !soft) {
        afterValue(); // a Chinese value, such as a message
        continue;
      }
      clear();
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
          requestLine = false;
          if (listDepth < 0) clear();
        } else if (s[i] === 't' || s[i] === 'b' || s[i] === 'f') i++;
        break;
      case 10: // line feed
      case 13: // carriage return
        requestLine = false;
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
