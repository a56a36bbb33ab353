import { carriersOf, type Carrier } from './carriers';
import type { LookupIndex } from './export-catalog';
import { meaningsOf, type CodeMeaning } from './lookup-codes';
import { otherSign, readPaste, type FoundBits, type Ignored, type NotBits, type PasteReading } from './read-paste';
import type { PositionInfo as Position } from './warning-positions';

/** One position of the ID-card multi-warning string, as the decoder receives it from its page. */
export type PositionInfo = Pick<Position, 'position' | 'provenance' | 'meaning'>;

/** What the decoder needs, all built from the content collections. */
export interface DecoderData {
  positions: PositionInfo[];
  lookup: LookupIndex;
}

/** A decoded ID-card string: the raised positions (a "1"), left to right. */
export interface BitsDecoded {
  kind: 'bits';
  /** The field it came from, when it came from a pasted response or log. */
  field?: string;
  side?: FoundBits['side'];
  value: string;
  raised: PositionInfo[];
}

/** A code with every meaning the tables give it (none when it is in no table). */
export interface DecodedCode {
  code: string;
  meanings: CodeMeaning[];
  /** When `code` is in no table but the same digits with the other sign are (a minus lost in copying). */
  otherSign?: { code: string; meanings: CodeMeaning[] };
}

/** Codes read together: a warning list (`warning` set), the codes under one field, or the lone numbers. */
interface CodesDecoded {
  kind: 'codes';
  field?: string;
  /** True for a warning field (`WarningCode`, `warning`, `warnCode`…). */
  warning: boolean;
  codes: DecodedCode[];
}

export type Decoded = BitsDecoded | CodesDecoded;

/** Everything the decoder makes of a paste; the view words it. */
export interface DecodeResult {
  items: Decoded[];
  /** Values that are almost an ID-card warning string, and why they are not one. */
  notBits: NotBits[];
  ignored: Ignored[];
  capped?: PasteReading['capped'];
  /** How many codes, warning codes and warning strings of a long paste were not read. */
  cut: number;
  empty: boolean;
}

/** The raised positions of an 8-character string of 0 and 1. */
export function decodeBits(value: string, positions: PositionInfo[]): BitsDecoded {
  const raised = [...value].flatMap((bit, i) => {
    if (bit !== '1') return [];
    const position = i + 1;
    // A position the data does not describe is reported, never given a meaning.
    return [positions.find((p) => p.position === position) ?? { position, provenance: 'undocumented' as const }];
  });
  return { kind: 'bits', value, raised };
}

/**
 * Looks a code up (the meanings of the tables whose codes come where the paste shows first), and its other sign when
 * the code itself is in no table. A documented code is given as Tencent writes it (a name typed in any letter case).
 */
function decodeCode(pasted: string, lookup: LookupIndex, carriers: Carrier[]): DecodedCode {
  const meanings = meaningsOf(lookup, pasted, carriers);
  const code = meanings[0]?.code ?? pasted;
  const other = meanings.length === 0 ? otherSign(code) : undefined;
  const otherMeanings = other ? meaningsOf(lookup, other, carriers) : [];
  return other && otherMeanings.length > 0
    ? { code, meanings, otherSign: { code: other, meanings: otherMeanings } }
    : { code, meanings };
}

/** How many warnings a result raises: raised positions, and codes that a warning table documents. */
export function countWarnings(result: DecodeResult): number {
  return result.items.reduce(
    (n, i) =>
      n +
      (i.kind === 'bits'
        ? i.raised.length
        : i.codes.filter((c) => c.meanings.some((m) => m.kind === 'warnings')).length),
    0,
  );
}

/**
 * Explains what the reader found in a paste: every ID-card warning string (front and back each), every warning list,
 * and every other code, each looked up in the tables.
 */
export function decodeReading(reading: PasteReading, data: DecoderData): DecodeResult {
  const carriers = carriersOf(reading.services);
  const items: Decoded[] = reading.bits.map((b) => ({
    ...decodeBits(b.value, data.positions),
    ...(b.key !== undefined ? { field: b.key } : {}),
    ...(b.side ? { side: b.side } : {}),
  }));
  const listed = new Set<string>();
  for (const w of reading.warnings) {
    items.push({
      kind: 'codes',
      field: w.key,
      warning: true,
      codes: w.codes.map((code) => decodeCode(code, data.lookup, carriers)),
    });
    for (const code of w.codes) listed.add(code);
  }
  // The other codes: one item per field name, then the lone numbers together.
  const byField = new Map<string | undefined, string[]>();
  for (const { code, key } of reading.codes) {
    if (listed.has(code)) continue;
    const list = byField.get(key) ?? [];
    list.push(code);
    byField.set(key, list);
  }
  for (const [field, codes] of byField) {
    items.push({
      kind: 'codes',
      ...(field !== undefined ? { field } : {}),
      warning: false,
      codes: codes.map((code) => decodeCode(code, data.lookup, carriers)),
    });
  }
  return {
    items,
    notBits: reading.notBits,
    ignored: reading.ignored,
    ...(reading.capped ? { capped: reading.capped } : {}),
    cut: reading.cut.codes + reading.cut.warningCodes + reading.cut.bits,
    empty: reading.empty,
  };
}

/** Reads a paste and explains it. Never throws. */
export function decodeInput(input: string, data: DecoderData): DecodeResult {
  return decodeReading(readPaste(input), data);
}
