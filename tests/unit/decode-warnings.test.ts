import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBits, decodeInput, MAX_INPUT, type DecodeResult, type Decoded } from '../../src/lib/decode-warnings';
import { readDecoderData, readPositions } from '../support/decoder-data';
import { placesOf, readTables } from '../support/tables';

const data = readDecoderData();
const positions = readPositions();
const bankWarnings = readTables().find((t) => t.kind === 'warnings')?.rows.flatMap((r) => r.codes) ?? [];
const decode = (input: string) => decodeInput(input, data);
const items = (r: DecodeResult): Decoded[] => (r.ok ? r.items : []);
const raisedOf = (r: DecodeResult) => items(r).flatMap((i) => (i.kind === 'bits' ? i.raised.map((p) => p.position) : []));
const codesOf = (r: DecodeResult) => items(r).flatMap((i) => (i.kind === 'codes' ? i.codes.map((c) => c.code) : []));
const errorOf = (r: DecodeResult) => (r.ok ? undefined : r.error);

describe('decodeBits', () => {
  it('returns the positions of the 1s, left to right, with their meaning and provenance from the data', () => {
    const { raised } = decodeBits('10010100', positions);
    expect(raised.map((p) => p.position)).toEqual([1, 4, 6]);
    expect(raised).toEqual(positions.filter((p) => [1, 4, 6].includes(p.position)));
  });
  it('returns no raised position for 00000000', () => {
    expect(decodeBits('00000000', positions).raised).toEqual([]);
  });
  it('reports positions 7 and 8 as undocumented, with no meaning', () => {
    const { raised } = decodeBits('00000011', positions);
    expect(raised.map((p) => [p.position, p.provenance, p.meaning])).toEqual([
      [7, 'undocumented', undefined],
      [8, 'undocumented', undefined],
    ]);
  });
});

describe('decodeInput', () => {
  it('recognises an ID-card multi-warning string, with or without quotes and spaces', () => {
    for (const input of ['10010100', ' "10010100" ', "'10010100'", '１００１０１００']) {
      const r = decode(input);
      expect(r.ok && r.format, input).toBe('multi-warning string');
      expect(raisedOf(r)).toEqual([1, 4, 6]);
    }
  });
  it('says 00000000 raises nothing', () => {
    expect(raisedOf(decode('00000000'))).toEqual([]);
    expect(decode('00000000').ok).toBe(true);
  });

  it('recognises a bank-card warning list in every written form', () => {
    for (const input of ['[-9110,-9111,-9114]', '-9110,-9111,-9114', '-9110|-9111|-9114', '-9110 -9111 -9114', '[ -9110, -9111, -9114 ]']) {
      const r = decode(input);
      expect(r.ok && r.format, input).toBe('bank-card warning list');
      expect(codesOf(r)).toEqual(['-9110', '-9111', '-9114']);
    }
  });
  it('recognises one bank-card warning code alone, including 66661009', () => {
    for (const code of bankWarnings) {
      const r = decode(code);
      expect(r.ok && r.format, code).toBe('bank-card warning list');
      const meanings = items(r).flatMap((i) => (i.kind === 'codes' ? i.codes.flatMap((c) => c.meanings) : []));
      expect(meanings.map((m) => m.message)).toEqual(placesOf(code).map((p) => p.row.message));
    }
    expect(bankWarnings).toContain('66661009');
  });
  it('looks any other code up across all tables', () => {
    const r = decode('-1102');
    expect(r.ok && r.format).toBe('codes');
    const found = items(r).flatMap((i) => (i.kind === 'codes' ? i.codes[0]?.meanings ?? [] : []));
    expect(found.map((m) => m.tableId)).toEqual(placesOf('-1102').map((p) => p.table.id));
  });
  it('keeps unknown codes in a list that has known ones, with no meaning', () => {
    const r = decode('-9110, 12345');
    const unknown = items(r).flatMap((i) => (i.kind === 'codes' ? i.codes.filter((c) => c.meanings.length === 0) : []));
    expect(unknown.map((c) => c.code)).toEqual(['12345']);
  });

  describe('with a JSON response', () => {
    it('decodes every warning field and says which field each came from', () => {
      const r = decode(
        JSON.stringify({ code: 0, result: { frontMultiWarning: '10010100', backMultiWarning: '00000000', warning: [-9110, -9114] } }),
      );
      expect(r.ok && r.format).toBe('JSON response');
      expect(items(r).map((i) => i.field)).toEqual(['code', 'frontMultiWarning', 'backMultiWarning', 'warning']);
      expect(raisedOf(r)).toEqual([1, 4, 6]);
      expect(codesOf(r)).toEqual(['0', '-9110', '-9114']);
    });
    it('reads every named field: multiWarning, warnCode, frontWarnCode, backWarnCode, warningCode', () => {
      const r = decode(
        '{"multiWarning":"01000000","warnCode":"-9110","frontWarnCode":-9111,"backWarnCode":"-9113|-9114","warningCode":"[66661009]"}',
      );
      expect(items(r).map((i) => i.field)).toEqual(['multiWarning', 'warnCode', 'frontWarnCode', 'backWarnCode', 'warningCode']);
      expect(raisedOf(r)).toEqual([2]);
      expect(codesOf(r)).toEqual(['-9110', '-9111', '-9113', '-9114', '66661009']);
    });
    it('reads a fragment pasted from a log', () => {
      const r = decode('"frontMultiWarning": "00000011", "code": "0",');
      expect(raisedOf(r)).toEqual([7, 8]);
    });
    it('picks the fields out of a cut-off response, and says it was a fragment', () => {
      const r = decode('{"frontMultiWarning": "10010100", "backMultiWarning": "0000');
      expect(r.ok && r.format).toBe('JSON fragment');
      expect(raisedOf(r)).toEqual([1, 4, 6]);
    });
    it('reads a response logged as an escaped JSON string', () => {
      expect(raisedOf(decode('{\\"frontMultiWarning\\":\\"10000000\\"}'))).toEqual([1]);
    });
    it('reads code only at the top level', () => {
      const r = decode('{"data":{"code":"-1102"},"warning":"-9110"}');
      expect(items(r).map((i) => i.field)).toEqual(['warning']);
    });
    it('returns malformed-json for JSON that cannot be read', () => {
      const r = decode('{"warning": [-9110,');
      expect(errorOf(r)).toBe('malformed-json');
      expect(r.ok ? '' : r.message).toContain('could not be read');
    });
    it('returns no-warning-fields when none of the fields is there', () => {
      expect(errorOf(decode('{"name": "x", "age": 3}'))).toBe('no-warning-fields');
    });
  });

  describe('with bad input', () => {
    const cases: [string, string, string][] = [
      ['empty input', '   ', 'empty'],
      ['a bit string of the wrong length', '1001010', 'bit-string'],
      ['a bit string with other characters', '10210100', 'bit-string'],
      ['a bit string with a letter', '1001010x', 'bit-string'],
      ['an unknown code', '12345', 'unknown-code'],
      ['control characters', '1001\u00000100', 'control-characters'],
      ['a lone surrogate', '10010100\uD800', 'lone-surrogate'],
      ['HTML', '<img src=x onerror=alert(1)>', 'html'],
      ['a script', '<script>alert(1)</script>', 'html'],
      ['words', 'hello world', 'unrecognised'],
    ];
    for (const [what, input, error] of cases) {
      it(`returns ${error} for ${what}, saying what is accepted`, () => {
        const r = decode(input);
        expect(errorOf(r)).toBe(error);
        expect(r.ok ? '' : r.message).toContain('Accepted:');
      });
    }
    it('names the wrong position and the length of a near bit string', () => {
      const r = decode('10210100');
      expect(r.ok ? '' : r.message).toContain('position 3 is "2"');
      const short = decode('1001010');
      expect(short.ok ? '' : short.message).toContain('7 characters, not 8');
    });
    it('returns too-long for 1 MB of text, without reading it', () => {
      const r = decode('1'.repeat(1024 * 1024));
      expect(errorOf(r)).toBe('too-long');
      expect(MAX_INPUT).toBeLessThan(1024 * 1024);
    });
  });

  describe('on random input', () => {
    const isTyped = (r: DecodeResult) =>
      r.ok ? r.items.length > 0 && r.items.every((i) => i.kind === 'bits' || i.kind === 'codes') : typeof r.message === 'string' && r.message.length > 0;
    const NUM_RUNS = 100_000;
    // Inputs that resemble what people paste, and plain noise.
    const pasted = fc.oneof(
      fc.string({ unit: fc.constantFrom('0', '1', '2', ' ', '"', 'x'), maxLength: 12 }),
      fc.array(fc.integer({ min: -99999, max: 99999999 }), { maxLength: 5 }).map((xs) => `[${xs.join(',')}]`),
      fc.json(),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ maxLength: 40 }).map((s) => `{"frontMultiWarning":${s}`),
    );

    it(`never throws and always returns a typed result or a typed error (${NUM_RUNS.toLocaleString('en')} inputs)`, () => {
      fc.assert(
        fc.property(pasted, (input) => isTyped(decodeInput(input, data))),
        { numRuns: NUM_RUNS },
      );
    });
    it('decodes any 8-character string of 0 and 1 to exactly its raised positions', () => {
      fc.assert(
        fc.property(fc.string({ unit: fc.constantFrom('0', '1'), minLength: 8, maxLength: 8 }), (bits) => {
          const expected = [...bits].flatMap((b, i) => (b === '1' ? [i + 1] : []));
          expect(raisedOf(decodeInput(bits, data))).toEqual(expected);
        }),
        { numRuns: 256 },
      );
    });
  });
});
