import type { LookupIndex } from './export-catalog';
import { foldWidth } from './fold-width';
import { meaningsOf, type CodeMeaning } from './lookup-codes';

/** One position of the ID-card multi-warning string, as the warningPositions collection holds it. */
export interface PositionInfo {
  position: number;
  meaning?: string | undefined;
  /** Our English for the meaning and the evidence. */
  en?: { meaning?: string | undefined; evidence: string } | undefined;
  provenance: 'official-example' | 'integration-practice' | 'undocumented';
  evidence: string;
}

/** What the decoder needs, all built from the content collections. */
export interface DecoderData {
  positions: PositionInfo[];
  lookup: LookupIndex;
}

/** A decoded ID-card string: the raised positions (a "1"), left to right. */
export interface BitsDecoded {
  kind: 'bits';
  /** The JSON field it came from, when it came from a pasted response. */
  field?: string;
  value: string;
  raised: PositionInfo[];
}

/** Codes, each with every meaning the tables give it (none when it is in no table). */
export interface CodesDecoded {
  kind: 'codes';
  field?: string;
  codes: { code: string; meanings: CodeMeaning[] }[];
}

export type Decoded = BitsDecoded | CodesDecoded;

export type DecodeFormat =
  | 'multi-warning string'
  | 'bank-card warning list'
  | 'codes'
  | 'JSON response'
  /** Not valid JSON, but "field": value pairs could be picked out of it. */
  | 'JSON fragment';

export type DecodeErrorKind =
  | 'empty'
  | 'too-long'
  | 'control-characters'
  | 'lone-surrogate'
  | 'html'
  | 'bit-string'
  | 'unknown-code'
  | 'malformed-json'
  | 'no-warning-fields'
  | 'unrecognised';

export type DecodeResult =
  | { ok: true; format: DecodeFormat; items: Decoded[] }
  | { ok: false; error: DecodeErrorKind; message: string };

/** Longest input read: a whole logged response fits; a pasted file does not. */
export const MAX_INPUT = 100_000;
/** Where warnings hide in FaceID responses; `code` is read at the top level only. */
export const WARNING_FIELDS = [
  'frontMultiWarning',
  'backMultiWarning',
  'multiWarning',
  'warning',
  'warnCode',
  'frontWarnCode',
  'backWarnCode',
  'warningCode',
] as const;
export const ACCEPTED =
  'an ID-card warning string of 8 zeros and ones (10010100), bank-card warning codes ([-9110,-9111,-9114], ' +
  '-9110,-9111, -9110|-9111, -9110 -9111, or one code such as 66661009), any other code, or a JSON response ' +
  `containing ${WARNING_FIELDS.join(', ')} or code`;

const BITS = /^[01]{8}$/;
const CODE = /^[+-]?\d+$/;
const LIST_SEPARATORS = /[\s,|;，、；]+/;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const TAG = /<\s*\/?\s*[a-z!][^>]*>/i;
const QUOTES = /^["'`“”‘’\s]+|["'`“”‘’\s]+$/g;

const fail = (error: DecodeErrorKind, message: string): DecodeResult => ({ ok: false, error, message });

/** The raised positions of an 8-character string of 0 and 1. */
export function decodeBits(value: string, positions: PositionInfo[]): BitsDecoded {
  const raised = [...value].flatMap((bit, i) => {
    if (bit !== '1') return [];
    const position = i + 1;
    // A position the data does not describe is reported, never given a meaning.
    return [positions.find((p) => p.position === position) ?? { position, provenance: 'undocumented' as const, evidence: 'Not documented.' }];
  });
  return { kind: 'bits', value, raised };
}

/** Looks each code up across all tables. */
function decodeCodes(codes: string[], lookup: LookupIndex): CodesDecoded {
  return { kind: 'codes', codes: codes.map((code) => ({ code, meanings: meaningsOf(lookup, code) })) };
}

/** Why a string that looks like a bit string is not one, or undefined when it does not look like one. */
function bitStringProblem(text: string): string | undefined {
  const bits = [...text].filter((c) => c === '0' || c === '1').length;
  if (text.length < 4 || text.length > 16 || !/^[0-9a-z]+$/i.test(text) || bits / text.length < 0.75) return undefined;
  const wrong = [...text].flatMap((c, i) => (c === '0' || c === '1' ? [] : [`position ${i + 1} is "${c}"`]));
  const parts = [
    ...(text.length !== 8 ? [`it has ${text.length} characters, not 8`] : []),
    ...(wrong.length > 0 ? [`${wrong.join(', ')}; only 0 and 1 are allowed`] : []),
  ];
  return `“${text}” is not an ID-card warning string: ${parts.join('; ')}.`;
}

/** Reads a list of codes ("[-9110,-9111]", "-9110|-9111", "-9110 -9111"); undefined when a token is not a code. */
function readCodeList(text: string): string[] | undefined {
  const inner = text.replace(/^\[|\]$/g, '').trim();
  if (inner === '') return undefined;
  const tokens = inner.split(LIST_SEPARATORS).filter(Boolean).map((t) => t.replace(QUOTES, ''));
  if (!tokens.every((t) => CODE.test(t))) return undefined;
  return tokens.map((t) => (t.startsWith('+') ? t.slice(1) : t));
}

/** Decodes one warning field's value: a bit string, a code, a list of codes, or an array of those. */
function decodeFieldValue(field: string, value: unknown, data: DecoderData): Decoded | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) {
    // A bit string written as a number (leading zeros lost are not guessed back).
    if (BITS.test(String(value))) return { ...decodeBits(String(value), data.positions), field };
    return { ...decodeCodes([String(value)], data.lookup), field };
  }
  if (Array.isArray(value)) {
    const codes = value.map((v) => (typeof v === 'number' || typeof v === 'string' ? foldWidth(String(v)).trim() : ''));
    if (codes.every((c) => CODE.test(c))) return { ...decodeCodes(codes, data.lookup), field };
    return undefined;
  }
  if (typeof value !== 'string') return undefined;
  const text = foldWidth(value).replace(QUOTES, '');
  if (text === '') return { kind: 'codes', field, codes: [] };
  if (BITS.test(text)) return { ...decodeBits(text, data.positions), field };
  const codes = readCodeList(text);
  return codes ? { ...decodeCodes(codes, data.lookup), field } : undefined;
}

/** Every warning field in a parsed response, at any depth (`code` at the top level only), in document order. */
function findFields(root: unknown): [string, unknown][] {
  const found: [string, unknown][] = [];
  const wanted = new Set<string>(WARNING_FIELDS);
  const visit = (node: unknown, depth: number) => {
    if (depth > 50 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((child) => visit(child, depth + 1));
    for (const [key, value] of Object.entries(node)) {
      if (wanted.has(key) || (key === 'code' && depth === 0)) found.push([key, value]);
      else visit(value, depth + 1);
    }
  };
  visit(root, 0);
  return found;
}

/** Parses JSON, or a fragment of it pasted from a log ("frontMultiWarning": "10010100", "code": 0). */
function parseJsonish(text: string): { value?: unknown; error?: string; fragment?: boolean } {
  // As pasted; as a fragment of an object; with the escaped quotes of a JSON string logged inside another.
  const unescaped = text.replace(/\\"/g, '"');
  const attempts = [text, `{${text.replace(/^[\s,]+|[\s,]+$/g, '')}}`, unescaped, `{${unescaped.replace(/^[\s,]+|[\s,]+$/g, '')}}`];
  let error = '';
  for (const attempt of attempts) {
    try {
      return { value: JSON.parse(attempt) };
    } catch (e) {
      error ||= e instanceof Error ? e.message : String(e);
    }
  }
  // A fragment that is still not JSON: pick out "field": value pairs one by one.
  const pairs = [...unescaped.matchAll(/"([A-Za-z]+)"\s*:\s*("(?:[^"\\]|\\.)*"|\[[^\]]*\]|-?\d+)/g)];
  const known = pairs.filter(([, key]) => (WARNING_FIELDS as readonly string[]).includes(key ?? '') || key === 'code');
  if (known.length > 0) {
    const object: Record<string, unknown> = {};
    for (const [, key = '', raw = ''] of known) {
      try {
        object[key] = JSON.parse(raw);
      } catch {
        object[key] = raw;
      }
    }
    return { value: object, fragment: true };
  }
  return { error };
}

function decodeJson(text: string, data: DecoderData): DecodeResult {
  const parsed = parseJsonish(text);
  if (parsed.error !== undefined && parsed.value === undefined) {
    return fail('malformed-json', `This looks like JSON but could not be read (${parsed.error}). Paste the whole response, or just the warning value. Accepted: ${ACCEPTED}.`);
  }
  const fields = findFields(parsed.value);
  if (fields.length === 0) {
    return fail('no-warning-fields', `The JSON has none of the fields the decoder reads. Accepted: ${ACCEPTED}.`);
  }
  const items = fields.flatMap(([field, value]) => decodeFieldValue(field, value, data) ?? []);
  if (items.length === 0) {
    return fail('no-warning-fields', `The JSON's ${fields.map(([f]) => f).join(', ')} ${fields.length === 1 ? 'holds' : 'hold'} no warning string or code. Accepted: ${ACCEPTED}.`);
  }
  return { ok: true, format: parsed.fragment ? 'JSON fragment' : 'JSON response', items };
}

/**
 * Decodes what someone pasted: an ID-card multi-warning string, a bank-card warning list, any codes, or a JSON
 * response (or a fragment of one) holding warning fields. Never throws: bad input returns a typed error whose
 * message says what was wrong and what is accepted.
 */
export function decodeInput(input: string, data: DecoderData): DecodeResult {
  if (input.length > MAX_INPUT) {
    return fail('too-long', `The input is ${input.length.toLocaleString('en')} characters; the decoder reads at most ${MAX_INPUT.toLocaleString('en')}. Paste only the response or the warning value.`);
  }
  if (LONE_SURROGATE.test(input)) return fail('lone-surrogate', `The input holds a broken character (a lone UTF-16 surrogate), which usually means it was cut in the middle of a character. Paste it again. Accepted: ${ACCEPTED}.`);
  if (CONTROL.test(input)) return fail('control-characters', `The input holds control characters (such as NUL or escape codes), which no warning value has. Accepted: ${ACCEPTED}.`);
  const text = foldWidth(input).trim();
  if (text === '') return fail('empty', `Paste something to decode. Accepted: ${ACCEPTED}.`);

  const looksJson = /^[[{]/.test(text) && !/^\[[\s\d,|;+-]*\]$/.test(text);
  if (looksJson || /"[A-Za-z]+"\s*:/.test(text)) return decodeJson(text, data);
  if (TAG.test(text)) return fail('html', `The input looks like HTML or a script, not a warning value. Accepted: ${ACCEPTED}.`);

  const bare = text.replace(QUOTES, '');
  if (BITS.test(bare)) return { ok: true, format: 'multi-warning string', items: [decodeBits(bare, data.positions)] };
  const codes = readCodeList(bare);
  if (codes) {
    const decoded = decodeCodes(codes, data.lookup);
    const unknown = decoded.codes.filter((c) => c.meanings.length === 0).map((c) => c.code);
    if (unknown.length === codes.length) {
      const problem = codes.length === 1 ? bitStringProblem(bare) : undefined;
      if (problem) return fail('bit-string', `${problem} Accepted: ${ACCEPTED}.`);
      return fail('unknown-code', `${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not in any documented table. Accepted: ${ACCEPTED}.`);
    }
    const warnings = decoded.codes.every((c) => c.meanings.some((m) => m.kind === 'warnings'));
    return { ok: true, format: warnings ? 'bank-card warning list' : 'codes', items: [decoded] };
  }
  const problem = bitStringProblem(bare);
  if (problem) return fail('bit-string', `${problem} Accepted: ${ACCEPTED}.`);
  return fail('unrecognised', `The decoder could not read “${bare.length > 40 ? `${bare.slice(0, 40)}…` : bare}”. Accepted: ${ACCEPTED}.`);
}
