// Ships to the browser, lazily, inside the paste reader (src/lib/read-paste.ts): what a chunk of a paste is (a number,
// numbers run together, a word, a date, a time, a UUID, an IP address, a version…) and what a warning string looks
// like. Pure and linear: every pattern here runs on a chunk's parts, never backtracking.
import { fieldRole, type FieldRole } from './paste-fields';
import { isConnector, isDigit, isLetter, isMonthName, timeAt } from './paste-tokens';
import type { IgnoredKind, NotBits } from './read-paste';

// Units written onto a number ("12ms", "1.5s").
const DURATION_SUFFIXES = new Set(['ms', 's', 'us', 'ns', 'sec', 'min']);
// The first word of an HTTP request line ("GET /x 200 12ms"): the number after it is the response's status.
export const HTTP_METHODS = new Set(['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'PATCH', 'OPTIONS']);
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
/** Longest word taken for a code (the longest API 3.0 error code has 60 characters). */
const MAX_WORD_CODE = 80;
const TIMESTAMP = /^\d{4}-\d{1,2}-\d{1,2}T\d{1,2}(:\d{1,2}){1,2}(\.\d+)?Z?$/;
const HEX = /^[0-9a-fA-F]+$/;

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

/** "FailedOperation.ImageDecodeFailed": a capital, then letters and dots, at least one dot. Linear, no pattern. */
export function isDottedName(text: string): boolean {
  const first = text.charCodeAt(0);
  if (!(first >= 65 && first <= 90) || !text.includes('.')) return false;
  for (let i = 0; i < text.length; i++) if (!isLetter(text.charCodeAt(i)) && text[i] !== '.') return false;
  return true;
}

/** Whether the first part of a dotted word is the category of an API 3.0 error code ("AuthFailure.…"). */
export function isApiErrorCode(word: string): boolean {
  if (word.length > MAX_WORD_CODE) return false;
  const dot = word.indexOf('.');
  return dot >= 0 && API_CATEGORIES.has(word.slice(0, dot).toLowerCase());
}

/**
 * Whether a word under a code field is the code: an API 3.0 error code, any capitalised dotted name (Tencent's own
 * typos, such as `FailedcaOperation.…`, included), or a category alone (`"Code": "InternalError"`).
 */
export function isCodeWord(word: string): boolean {
  if (word.length > MAX_WORD_CODE) return false;
  return isApiErrorCode(word) || isDottedName(word) || API_CATEGORIES.has(word.toLowerCase());
}

/** A name as API 3.0 error codes are written: ASCII letters, parts joined by single dots (`LimitExceeded`). */
export function isCodeName(word: string): boolean {
  if (word.length > MAX_WORD_CODE || word.startsWith('.') || word.endsWith('.')) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!isLetter(c) && !(c === 46 && word[i - 1] !== '.')) return false;
  }
  return true;
}

// JSON's and Python's words for values, which are no words of a sentence.
const LITERALS = new Set(['true', 'false', 'null', 'True', 'False', 'None', 'undefined', 'NaN']);

/**
 * Whether a chunk is a word of a sentence: two or more letters (of any script), no digit, "_" or joiner, and no
 * literal (`true`, `null`…), no month's name, no HTTP method.
 */
export function isSentenceWord(chunk: string): boolean {
  if (chunk.length < 2) return false;
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk.charCodeAt(i);
    if (isDigit(c) || isConnector(c) || c === 95) return false;
  }
  return !LITERALS.has(chunk) && !isMonthName(chunk) && !HTTP_METHODS.has(chunk);
}

/** An ID-card multi-warning string: 8 characters of 0 and 1. */
export const isBits = (s: string) => s.length === 8 && /^[01]{8}$/.test(s);

/** 4 to 16 letters and digits (of any script: "1О010100" holds a Cyrillic О), at least three quarters 0 or 1. */
export function looksLikeBits(s: string): boolean {
  if (s.length < 4 || s.length > 16 || !/^[\p{L}\p{N}\p{M}]+$/u.test(s)) return false;
  let binary = 0;
  for (const c of s) if (c === '0' || c === '1') binary++;
  return binary / s.length >= 0.75;
}

/** Why an almost-warning-string is not one. */
export function notBits(value: string, key?: string): NotBits {
  const wrong: NotBits['wrong'] = [];
  for (let i = 0; i < value.length && wrong.length < 16; i++) {
    const c = value[i] ?? '';
    if (c !== '0' && c !== '1') wrong.push({ position: i + 1, char: c });
  }
  return { value, ...(key !== undefined ? { key } : {}), length: value.length, wrong };
}

/** What a chunk is, as the reader takes it. */
export type ChunkValue =
  /** One number: the chunk's digits. */
  | { kind: 'number' }
  /** Numbers run together ("-9110-9111", "66660004/66660034"): each is read on its own, a "-" being its sign. */
  | { kind: 'numbers' }
  /** A word: a value, or the name of the field that follows. */
  | { kind: 'word' }
  /** A field name and its value written together (`code:1102`, `code:AuthFailure.SignatureExpire`). */
  | { kind: 'named'; name: string; value: string }
  /** Never a code, with the chunk as its value; `port` is the port written after an IP address. */
  | { kind: 'aside'; aside: IgnoredKind; port?: string };

const NUMBER: ChunkValue = { kind: 'number' };
const NUMBERS: ChunkValue = { kind: 'numbers' };
const WORD: ChunkValue = { kind: 'word' };
const ASIDES = new Map<IgnoredKind, ChunkValue>();
const aside = (kind: IgnoredKind): ChunkValue => {
  let value = ASIDES.get(kind);
  if (!value) ASIDES.set(kind, (value = { kind: 'aside', aside: kind }));
  return value;
};

const NO_SEPS: string[] = [];

/** The chunk's make: whether it holds a letter, its parts (atoms), whether only dots join them, its first joiners. */
function shapeOf(chunk: string) {
  let letters = false;
  let atoms = 1;
  let onlyDots = true;
  let seps: string[] | undefined; // the first few only: every pattern of classifyChunk has at most 6 parts
  for (let i = 0; i < chunk.length; i++) {
    const code = chunk.charCodeAt(i);
    if (isConnector(code)) {
      atoms++;
      if (code !== 46) onlyDots = false;
      if (atoms <= 7) (seps ??= []).push(chunk[i] ?? '');
    } else if (!isDigit(code)) letters = true; // "_" and the letters of any script (see isWordAt)
  }
  return { letters, atoms, onlyDots, seps: seps ?? NO_SEPS };
}

/**
 * What `chunk` (a ChunkToken's text, ending at `end` in the paste `s`) is, under a field of role `role` when one owns
 * the value: under a time field, numbers joined by connectors are a date; under a request-id field, a UUID is the id.
 * `named`: whether the chunk may be a field name and its value written together.
 */
export function classifyChunk(
  chunk: string,
  s: string,
  end: number,
  role: FieldRole | undefined,
  named = true,
): ChunkValue {
  const { letters, atoms, onlyDots, seps } = shapeOf(chunk);
  if (letters && isDurationWord(chunk)) return aside('duration');
  if (atoms === 1) return letters ? WORD : NUMBER;
  if (atoms > 6) {
    if (letters) return WORD;
    return onlyDots ? aside('version') : NUMBERS;
  }
  const parts = chunk.split(/[-.:/]/);
  // UUIDs and other request ids: 8-4-4-4-12 hex digits.
  if (
    parts.length === 5 &&
    seps.every((x) => x === '-') &&
    [8, 4, 4, 4, 12].every((n, i) => parts[i]?.length === n && HEX.test(parts[i] ?? ''))
  ) {
    return aside(role === 'request-id' ? 'request-id' : 'uuid');
  }
  if (TIMESTAMP.test(chunk)) return aside('timestamp');
  if (!letters) return role === 'time' ? aside('date') : classifyNumbers(parts, seps, s, end);
  return (named && namedValue(chunk)) || WORD;
}

/**
 * A field name and its value written together: any name before digits ("code:1102"), a name the reader knows before
 * anything else ("code:AuthFailure.SignatureExpire", "requestId:3c1f…", as SDK exceptions write them).
 */
function namedValue(chunk: string): ChunkValue | undefined {
  const colon = chunk.indexOf(':');
  if (colon <= 0) return undefined;
  const name = chunk.slice(0, colon);
  const value = chunk.slice(colon + 1);
  if (/^\d+$/.test(value) || (isLetter(chunk.charCodeAt(0)) && fieldRole(name) !== 'other'))
    return { kind: 'named', name, value };
  return undefined;
}

/**
 * Digits joined by 1 to 5 connectors (`parts`, joined by `seps`, the chunk ending at `end` in `s`): an IP address, a
 * date, a time, a version…
 */
function classifyNumbers(parts: string[], seps: string[], s: string, end: number): ChunkValue {
  const sizes = parts.map((p) => p.length);
  if (seps.length >= 3 && seps.slice(0, 3).every((x) => x === '.') && sizes.slice(0, 4).every((n) => n <= 3)) {
    if (seps.length === 4 && seps[3] === ':') return { kind: 'aside', aside: 'ip', port: parts[4] ?? '' };
    if (seps.length === 3) return aside('ip');
  }
  if (
    parts.length === 3 &&
    (seps.every((x) => x === '-') || seps.every((x) => x === '/')) &&
    (sizes[0] === 4 || sizes[2] === 4)
  )
    return aside('date');
  if (
    seps.every((x) => x === ':' || x === '.') &&
    seps[0] === ':' &&
    sizes.every((n, i) => n <= 2 || (i === parts.length - 1 && seps[i - 1] === '.'))
  ) {
    return aside('time');
  }
  if (seps.every((x) => x === '.')) return aside(parts.length === 2 ? 'decimal' : 'version');
  // "11/22 10:00": a month and a day, next to a time of day.
  if ((seps[0] === '/' || seps[0] === '-') && isMonthDay(parts) && timeAt(s, end)) return aside('date');
  return NUMBERS;
}
