// The one reader of pasted text, for the search box, the search page and the decoder alike. Pure: it returns kinds
// and values, never sentences (the views word them). One pass over the text, no recursion and no backtracking
// pattern over unbounded input, so a 1 MB paste or 1,000 levels of nesting costs time in proportion to its length.
//
// JSON is not parsed: it is read as a stream of words, numbers and punctuation, where a value belongs to the field
// name written just before it (`"code": -1102`, `code=-1102`, `X-ErrNo: -5062`, `错误码：-1102`). That one rule reads
// JSON at any depth and in any key casing, JSON inside a JSON string (the quotes and backslashes are only
// punctuation), cut-off JSON, logfmt, header lines and query strings, with numbers kept as their raw digits.
//
// Ships to the browser, lazily: the search engine, the decoder and their worker load it on first use. The paste is
// cut into tokens (paste-tokens.ts); each chunk is classified (paste-values.ts); the field it belongs to is followed
// by a FieldState (paste-fields.ts); what is found is kept here, in a Finds.
import { foldWidth } from './fold-width';
import { withoutInvisible } from './invisible';
import { CJK_CODE_KEYS, CJK_WARNING_KEYS, isChineseWords, nothingFound } from './paste-reading';
import { FieldNames, FieldState, makeField, ServiceSigns, type Field, type ServiceHint } from './paste-fields';
import { isDigit, isHex, PasteTokens, type ChunkToken, type PasteToken } from './paste-tokens';
import {
  classifyChunk,
  HTTP_METHODS,
  isApiErrorCode,
  isBits,
  isCodeWord,
  isSentenceWord,
  isCodeName,
  looksLikeBits,
  notBits,
  type ChunkValue,
} from './paste-values';

export { fieldRole, type FieldRole, type ServiceHint } from './paste-fields';
// Re-exported: they live apart so the search box can use them without loading this reader.
export { otherSign, shareQuery } from './paste-reading';

/** Longest paste read, in characters; the rest is left out and reported as `capped`. */
export const MAX_PASTE = 1_000_000;
/** Most distinct finds kept per list (codes, warning strings, ignored numbers); the rest are counted in `cut`. */
const MAX_FOUND = 200;
/** Longest run of digits read as a code under a code-like field; longer runs are `long-number`. */
const MAX_CODE_DIGITS = 32;
/** Longest lone number taken for a code: longer ones are ids, amounts or timestamps. */
const MAX_LONE_DIGITS = 12;

/** A code: under a code-like field (`key` set), or standing alone in the text. */
export interface FoundCode {
  /**
   * ASCII digits with an optional leading "-" (a "+" is dropped), exactly as written: never rounded. Or an API 3.0
   * error code as written (`FailedOperation.LifePhotoDetectFaces`, `InternalError`), or a whole paste of one word
   * (`LimitExceeded`), letter case kept: a name starts with a letter, a number never does.
   */
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

/**
 * Distinct finds left out, by list. Each list has its own room, and so do the codes under warning fields: other codes
 * never push a warning out of `codes`.
 */
export interface CutCounts {
  /** Codes under a code-like field, or alone. */
  codes: number;
  /** Codes under a warning field (`WarningCode`, `warning`…). */
  warningCodes: number;
  bits: number;
  warnings: number;
  notBits: number;
  ignored: number;
}

/** Everything read out of a paste. */
export interface PasteReading {
  /** The paste cleaned (cleanPaste): invisible characters removed, escapes decoded, widths folded, quotes trimmed. */
  text: string;
  /** True when the paste holds nothing but blanks and quotes. */
  empty: boolean;
  /** True when the paste is only signs, digits, quotes and list punctuation (`-`, `66`, `[-9110,-9111]`). */
  codeish: boolean;
  /** Distinct candidate codes, surest first: those under a code-like field, then lone ones, each in order. */
  codes: FoundCode[];
  bits: FoundBits[];
  warnings: FoundWarnings[];
  notBits: NotBits[];
  ignored: Ignored[];
  /** Set when the paste was longer than MAX_PASTE: only the first `read` characters were read. */
  capped?: { total: number; read: number };
  /** How many distinct finds were left out in all: the sum of `cut`. */
  more: number;
  /** How many distinct finds of each list were left out, beyond the MAX_FOUND (200) each list keeps. */
  cut: CutCounts;
  /** The services the paste shows it comes from, most specific first, each once (see ServiceHint). */
  services: ServiceHint[];
  /**
   * True when the paste holds words besides codes and field names, so a number in it may be part of a phrase
   * ("最多支持20个url"): a run of Chinese characters other than exactly one code or warning key (错误码, 告警码…), or a
   * word of two or more letters of any script, without digits, "_" or joiners, that is read as none of: a field name
   * (followed by ":" or "=", or one the reader knows: code, error, message, status…), a code, a request id, a warning
   * string, a month's name, an HTTP method, a literal (true, false, null…) or an SDK exception's class name.
   */
  wordy: boolean;
}

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
 * Decodes the escapes of a JSON string that stand for printable ASCII ("\u002d1102" is "-1102"), with the
 * backslashes before them (a string held in a string doubles them). A backslash stays escaped, and so does any other
 * character: the tokenizer skips those escapes. Linear.
 */
function unescapeAscii(text: string): string {
  if (!text.includes('\\u')) return text;
  let out = ''; // joined as it grows: V8 makes a rope of it, flattened once
  let plainFrom = 0;
  for (let i = text.indexOf('\\'); i >= 0; i = text.indexOf('\\', i)) {
    let u = i;
    while (text.charCodeAt(u) === 92) u++;
    const c = text.charCodeAt(u) === 117 ? hexAt(text, u + 1) : -1; // "u"
    if (c >= 0x20 && c < 0x7f && c !== 92) {
      out += text.slice(plainFrom, i) + String.fromCharCode(c);
      plainFrom = u + 5;
    }
    i = Math.max(u, plainFrom);
  }
  return out + text.slice(plainFrom);
}

/** The number written as 4 hex digits at `at`, or -1. */
function hexAt(text: string, at: number): number {
  let value = 0;
  for (let k = at; k < at + 4; k++) {
    const c = text.charCodeAt(k);
    if (!isHex(c)) return -1;
    value = value * 16 + (c <= 57 ? c - 48 : (c | 32) - 87);
  }
  return value;
}

/**
 * The paste as the reader sees it: capped, invisible characters removed (before and after %-escapes are decoded, as
 * an escape may hold one), %-escapes and the escapes of ASCII characters in a JSON string decoded, widths folded.
 */
export function cleanPaste(input: string): string {
  const visible = withoutInvisible(input.slice(0, MAX_PASTE));
  const decoded = percentDecode(visible);
  // Only decoded escapes can bring invisible characters back (the same string when there were none).
  return foldWidth(unescapeAscii(decoded === visible ? decoded : withoutInvisible(decoded)));
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

const CODEISH = new Set([...'0123456789+-,|;[]"\'` \t\r\n'].map((c) => c.charCodeAt(0)));

const isHttpStatus = (digits: string) => digits.length === 3 && digits >= '100' && digits <= '599';
/** Seconds or milliseconds since 1970, from 2001 to 2039. */
const isEpoch = (digits: string) =>
  (digits.length === 10 && digits >= '1000000000' && digits <= '2200000000') ||
  (digits.length === 13 && digits >= '1000000000000' && digits <= '2200000000000');

/** Values seen, by two keys: no key is built by concatenation, as a paste may hold thousands of values. */
class SeenValues {
  private readonly byKey = new Map<string, Map<string, Set<string>>>();

  /** Notes `value` under `a` and `b`; false when it was noted before. */
  add(a: string, b: string, value: string): boolean {
    let inner = this.byKey.get(a);
    if (!inner) this.byKey.set(a, (inner = new Map()));
    let values = inner.get(b);
    if (!values) inner.set(b, (values = new Set()));
    if (values.has(value)) return false;
    values.add(value);
    return true;
  }
}

/** Where a code seen so far is: kept under a field or alone, or left out (counted in CutCounts.codes or .warningCodes). */
type CodePlace = 'keyed' | 'lone' | 'cut' | 'cut-warning';

/**
 * What a reading found. Each list keeps MAX_FOUND distinct finds, and the codes under warning fields have a room of
 * their own beside those under code fields and the lone ones: no number of other codes pushes a warning out. What is
 * left out is counted, each distinct find once.
 */
class Finds {
  /** Codes under code and warning fields, in order. */
  private readonly keyed: FoundCode[] = [];
  private readonly lone: FoundCode[] = [];
  private readonly places = new Map<string, CodePlace>();
  private underCodeFields = 0;
  private underWarningFields = 0;
  /** The warning strings, lists and set-aside values kept or left out, by list and field: each is counted once. */
  private readonly seen = new SeenValues();
  /** The warning list being filled: kept, or found to repeat one, once the next one opens. */
  private open: FoundWarnings | undefined;
  private readonly cut: CutCounts = { codes: 0, warningCodes: 0, bits: 0, warnings: 0, notBits: 0, ignored: 0 };

  constructor(private readonly reading: PasteReading) {}

  /**
   * Whether a find for `list` (counted as `kind` when left out) is new and has room. It is new unless `value` was seen
   * before under the same `a` and `b` (the kind of find and the field's name).
   */
  private room(
    list: unknown[],
    kind: Exclude<keyof CutCounts, 'codes' | 'warningCodes'>,
    a: string,
    b = '',
    value = '',
  ) {
    if (!this.seen.add(a, b, value)) return false;
    if (list.length < MAX_FOUND) return true;
    this.cut[kind]++;
    return false;
  }

  ignore(kind: IgnoredKind, value: string, field?: Field) {
    if (this.room(this.reading.ignored, 'ignored', kind, field?.name, value))
      this.reading.ignored.push(field ? { kind, value, key: field.name } : { kind, value });
  }

  bits(value: string, field?: Field) {
    if (this.room(this.reading.bits, 'bits', 'bits', field?.name, value))
      this.reading.bits.push(
        field ? { value, key: field.name, ...(field.side ? { side: field.side } : {}) } : { value },
      );
  }

  notBits(value: string, field?: Field) {
    if (this.room(this.reading.notBits, 'notBits', 'notBits', field?.name, value))
      this.reading.notBits.push(notBits(value, field?.name));
  }

  /** A new list of the warning codes under the field `key`. */
  warningList(key: string): FoundWarnings {
    this.settle();
    this.open = { key, codes: [] };
    return this.open;
  }

  /** Keeps the open warning list unless it repeats one kept or left out. */
  private settle() {
    const list = this.open;
    if (list && this.room(this.reading.warnings, 'warnings', 'warnings', list.key, list.codes.join(',')))
      this.reading.warnings.push(list);
    this.open = undefined;
  }

  /** A candidate code, under `field` (of role code or warning) or alone. */
  code(code: string, field?: Field) {
    const place = this.places.get(code);
    if (place === 'keyed' || (place && !field)) return;
    if (!field) return this.keepLone(code);
    const warning = field.role === 'warning';
    if ((warning ? this.underWarningFields : this.underCodeFields) >= MAX_FOUND) {
      if (place) return; // alone, or already counted
      this.places.set(code, warning ? 'cut-warning' : 'cut');
      this.cut[warning ? 'warningCodes' : 'codes']++;
      return;
    }
    // A code seen alone and later under a field moves up to the fields; one left out comes back.
    if (place === 'lone')
      this.lone.splice(
        this.lone.findIndex((c) => c.code === code),
        1,
      );
    else if (place) this.cut[place === 'cut' ? 'codes' : 'warningCodes']--;
    if (warning) this.underWarningFields++;
    else this.underCodeFields++;
    this.places.set(code, 'keyed');
    this.keyed.push({ code, key: field.name });
  }

  private keepLone(code: string) {
    const kept = this.lone.length < MAX_FOUND;
    this.places.set(code, kept ? 'lone' : 'cut');
    if (kept) this.lone.push({ code });
    else this.cut.codes++;
  }

  /** The reading, with the codes surest first and what was left out counted. */
  finish(): PasteReading {
    this.settle();
    const reading = this.reading;
    const cut = this.cut;
    reading.codes = [...this.keyed, ...this.lone];
    reading.cut = cut;
    reading.more = cut.codes + cut.warningCodes + cut.bits + cut.warnings + cut.notBits + cut.ignored;
    return reading;
  }
}

/** Reads the tokens of one paste, in order, into its reading. */
class PasteReader {
  private readonly fields = new FieldState();
  private readonly names = new FieldNames();
  private readonly services = new ServiceSigns();
  private readonly finds: Finds;
  /** An HTTP method began the line: its first lone number may be the status. */
  private requestLine = false;

  constructor(
    private readonly s: string,
    private readonly reading: PasteReading,
  ) {
    this.finds = new Finds(reading);
  }

  read(token: PasteToken) {
    const fields = this.fields;
    switch (token.kind) {
      case 'chunk':
        return this.chunk(token);
      case 'aside':
        return this.setAside(token.aside, this.s.slice(token.start, token.end));
      case 'cjk':
        return this.chineseWords(token.start, token.end);
      case 'separator':
        return fields.onSeparator();
      case 'delimiter':
        return fields.onDelimiter();
      case 'open-list': {
        const field = fields.openList();
        if (field?.role === 'warning' && !fields.group) fields.group = this.finds.warningList(field.name);
        return;
      }
      case 'close-list':
        return fields.closeList();
      case 'brace':
        return fields.onBrace();
      case 'line':
        this.requestLine = false;
        return fields.onStop();
      case 'stop':
        return fields.onStop();
    }
  }

  finish(): PasteReading {
    const reading = this.finds.finish();
    reading.services = this.services.hints();
    return reading;
  }

  /** A value that is never a code, in place of the next value: under the field that owns it, if any. */
  private setAside(kind: IgnoredKind, value: string) {
    const field = this.fields.owner();
    if (field) this.fields.onValue();
    else this.fields.clear();
    this.finds.ignore(kind, value, field);
  }

  private chunk({ start, end, sign, next }: ChunkToken) {
    const c = this.s.slice(start, end);
    const first = c.charCodeAt(0);
    if (first >= 65 && first <= 90 && c.length <= 7 && HTTP_METHODS.has(c)) this.requestLine = true;
    if (isDigit(first)) this.fields.onNumberAfterName();
    const field = this.fields.owner();
    const value = classifyChunk(c, this.s, end, field?.role);
    if (value.kind !== 'named') return this.chunkValue(c, sign, next, value, field);
    // "code:1102", "code:AuthFailure.SignatureExpire": the name is a field, the rest its value, a chunk of its own.
    const named = makeField(value.name);
    this.services.onName(named);
    this.fields.assign(named, false);
    const part = classifyChunk(value.value, this.s, end, named.role, false);
    this.chunkValue(value.value, '', next, part, named);
  }

  /** Reads the chunk `c` as classified (`value`), `field` owning it when set. */
  private chunkValue(c: string, sign: string, next: string, value: ChunkValue, field: Field | undefined) {
    switch (value.kind) {
      case 'number':
        return this.number(c, sign, true);
      case 'numbers':
        return this.numbers(c, sign);
      case 'word':
      case 'named': // never split twice
        return this.word(c, next);
      case 'aside':
        if (value.port !== undefined) this.finds.ignore('port', value.port, field);
        return this.setAside(value.aside, sign + c);
    }
  }

  /** Numbers run together ("-9110-9111", "66660004/66660034"): each is read on its own, a "-" being its sign. */
  private numbers(c: string, sign: string) {
    let from = 0;
    let nextSign = sign;
    for (let i = 0; i <= c.length; i++) {
      const code = c.charCodeAt(i);
      if (i < c.length && isDigit(code)) continue;
      if (from > 0) this.fields.carryOn();
      this.number(c.slice(from, i), nextSign, false);
      nextSign = code === 45 ? '-' : '';
      from = i + 1;
    }
  }

  /**
   * One number (digits with their sign), read under the field that owns the value, else alone. `alone`: the number
   * is its chunk's only part.
   */
  private number(digits: string, sign: string, alone: boolean) {
    const code = sign === '-' ? `-${digits}` : digits;
    const field = this.fields.owner();
    if (field) {
      this.fields.onValue();
      if (field.role !== 'text') return this.fieldNumber(field, digits, sign, code);
    }
    this.loneNumber(digits, sign, code, alone);
  }

  /** A number under `field`, not a text field: what the field announces decides what the number is. */
  private fieldNumber(field: Field, digits: string, sign: string, code: string) {
    const finds = this.finds;
    switch (field.role) {
      case 'bits':
        if (isBits(digits) && sign === '') return finds.bits(digits, field);
        return finds.notBits(sign + digits, field);
      case 'warning':
        if (isBits(digits) && sign === '') return finds.bits(digits, field);
        if (digits.length > MAX_CODE_DIGITS) return finds.ignore('long-number', code, field);
        return this.warningCode(code, field);
      case 'code':
        if (digits.length > MAX_CODE_DIGITS) return finds.ignore('long-number', code, field);
        return finds.code(code, field);
      case 'http':
        return finds.ignore(isHttpStatus(digits) ? 'http-status' : 'field', code, field);
      case 'request-id':
        return finds.ignore('request-id', code, field);
      case 'time':
        return finds.ignore('timestamp', code, field);
      case 'port':
        return finds.ignore('port', code, field);
      default:
        return finds.ignore('field', code, field);
    }
  }

  private warningCode(code: string, field: Field) {
    const list = this.fields.group ?? (this.fields.group = this.finds.warningList(field.name));
    if (list.codes.length < MAX_FOUND && !list.codes.includes(code)) list.codes.push(code);
    this.finds.code(code, field);
  }

  /** A number no field owns, or in a text field: a candidate code unless it is a warning string, a status, a time… */
  private loneNumber(digits: string, sign: string, code: string, alone: boolean) {
    const finds = this.finds;
    if (isBits(digits) && sign === '') return finds.bits(digits);
    if (this.requestLine) {
      this.requestLine = false;
      if (sign === '' && isHttpStatus(digits)) return finds.ignore('http-status', code);
    }
    if (isEpoch(digits)) return finds.ignore('timestamp', code);
    if (digits.length > MAX_LONE_DIGITS) return finds.ignore('long-number', code);
    // A bare almost-warning-string ("1001010") is a code to look up, and also said not to be a warning string.
    const padded = digits.length > 1 && digits.startsWith('0');
    if (alone && sign === '' && digits === this.reading.text && looksLikeBits(digits)) {
      finds.notBits(digits);
      if (padded) return;
    } else if (padded) return finds.ignore('zero-padded', code);
    finds.code(code);
  }

  /**
   * A word value or a field name (`code`, `X-ErrNo`, `3c1f`). An API 3.0 error code (`FailedOperation.X`) is a code:
   * under a code field with its key, else as a lone number is; so is a whole paste that is one word (`LimitExceeded`).
   */
  private word(chunk: string, next: string) {
    const { fields, finds } = this;
    const sdk = chunk === 'TencentCloudSDKException' || chunk === 'TencentCloudSDKError';
    if (sdk) this.services.onSdkException();
    const apiCode = isApiErrorCode(chunk);
    const named = next === ':' || next === '=';
    // After a value and a delimiter, a word followed by ":" or "=" names the next field ("RequestId":"r1","Code":…).
    const field = fields.nameFollows(next) ? undefined : fields.owner();
    if (field) {
      fields.onValue();
      if (field.role === 'code' && isCodeWord(chunk)) return finds.code(chunk, field);
      if (apiCode) return finds.code(chunk);
      if (field.role === 'request-id') return finds.ignore('request-id', chunk, field);
      if (field.role === 'bits' && looksLikeBits(chunk)) return finds.notBits(chunk, field);
      // A word after "Error:" may be the next field's name ("Error: code=…"): read it as one when ":" or "=" follows.
      if (!named) return this.sentenceWord(chunk);
    }
    if (apiCode) {
      finds.code(chunk);
      return fields.clear();
    }
    const code = chunk === this.reading.text && isCodeName(chunk);
    if (code) finds.code(chunk);
    if (chunk === this.reading.text && looksLikeBits(chunk)) finds.notBits(chunk);
    const name = this.names.get(chunk);
    this.services.onName(name);
    fields.onName(name);
    if (!named && !code && !sdk && name.role === 'other') this.sentenceWord(chunk);
  }

  /** A word read as neither a field name nor a code: the paste is words if it is one of a sentence. */
  private sentenceWord(chunk: string) {
    if (!this.reading.wordy && isSentenceWord(chunk)) this.reading.wordy = true;
  }

  /** A run of Chinese: a code or warning key ("错误码", "告警码") names the next field; other words are a value. */
  private chineseWords(start: number, end: number) {
    const run = this.s.slice(start, end);
    const fields = this.fields;
    // A code key starts a new field even where a value was due ("错误码: -1101; 错误码: -1102").
    const warnKey = CJK_WARNING_KEYS.find((k) => run.includes(k));
    const codeKey = warnKey ? undefined : CJK_CODE_KEYS.find((k) => run.includes(k));
    const field = warnKey ? makeField(warnKey, 'warning') : codeKey ? makeField(codeKey, 'code') : undefined;
    if (isChineseWords(run)) this.reading.wordy = true;
    if (!field) {
      if (fields.ownsText())
        fields.onValue(); // a Chinese value, such as a message
      else fields.clear();
      return;
    }
    fields.onName(field);
    if (isDigit(this.s.charCodeAt(end))) fields.assign(field, true);
  }
}

/** The reading of a paste that holds nothing yet: its cleaned `text`, whether it is empty or code-ish, if capped. */
function emptyReading(input: string, text: string): PasteReading {
  let codeish = true;
  for (let i = 0; i < text.length && codeish; i++) codeish = CODEISH.has(text.charCodeAt(i));
  return {
    ...nothingFound(text),
    codeish: codeish && text !== '',
    ...(input.length > MAX_PASTE ? { capped: { total: input.length, read: MAX_PASTE } } : {}),
  };
}

/**
 * Reads whatever was pasted: a code, a log line, a JSON response (also cut off, or held as a string inside JSON),
 * a header line, a query string, a sentence around a code. Returns every candidate code, warning string and warning
 * list it holds, what it set aside and why, and what it could not read. Never throws.
 */
export function readPaste(input: string): PasteReading {
  const s = cleanPaste(input);
  const reading = emptyReading(input, trimQuotes(s));
  if (reading.empty) return reading;
  const reader = new PasteReader(s, reading);
  const tokens = new PasteTokens(s);
  for (let token = tokens.next(); token; token = tokens.next()) reader.read(token);
  return reader.finish();
}
