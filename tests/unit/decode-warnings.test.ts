import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWarnings, decodeBits, decodeInput, type DecodeResult } from '../../src/lib/decode-warnings';
import { readDecoderData } from '../support/decoder-data';
import { answerOrder, positions, readTables } from '../support/tables';

const data = readDecoderData();
const bankTable = readTables().find((t) => t.kind === 'warnings');
if (!bankTable) throw new Error('no warnings table in content/tables');
const bankWarnings = bankTable.rows.flatMap((r) => r.codes);
const decode = (input: string) => decodeInput(input, data);
const raisedOf = (r: DecodeResult) =>
  r.items.flatMap((i) => (i.kind === 'bits' ? [i.raised.map((p) => p.position)] : []));
const codesOf = (r: DecodeResult) => r.items.flatMap((i) => (i.kind === 'codes' ? i.codes.map((c) => c.code) : []));
const fieldsOf = (r: DecodeResult) => r.items.map((i) => i.field ?? '(none)');

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
  it('explains front and back strings side by side, each on its own', () => {
    expect(raisedOf(decode('10010100 00001000'))).toEqual([[1, 4, 6], [5]]);
  });
  it('names the side of each string from its field', () => {
    const r = decode('frontMultiWarning=10010100&backMultiWarning=00000000');
    expect(r.items.map((i) => (i.kind === 'bits' ? [i.field, i.side, i.raised.length] : []))).toEqual([
      ['frontMultiWarning', 'front', 3],
      ['backMultiWarning', 'back', 0],
    ]);
  });
  it('explains every bank-card warning code alone, including 66661009', () => {
    expect(bankWarnings).toContain('66661009');
    for (const code of bankWarnings) {
      const r = decode(code);
      const meanings = r.items.flatMap((i) => (i.kind === 'codes' ? i.codes.flatMap((c) => c.meanings) : []));
      expect(
        meanings.map((m) => m.text),
        code,
      ).toEqual(answerOrder(code).map((p) => p.row.message.official.zh));
      expect(countWarnings(r)).toBe(1);
    }
  });
  it('explains an API 3.0 warning list as warnings, from its field', () => {
    const r = decode('{"Response":{"WarningCode":[-9111],"RequestId":"3c1f"}}');
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ kind: 'codes', field: 'WarningCode', warning: true });
    expect(codesOf(r)).toEqual(['-9111']);
    expect(countWarnings(r)).toBe(1);
    expect(r.ignored.map((i) => i.kind)).toEqual(['request-id']);
  });
  it('explains a code that is not a warning as a code, with its meanings', () => {
    const r = decode('{"code":-1102,"warning":[-9110]}');
    expect(fieldsOf(r)).toEqual(['warning', 'code']);
    const code = r.items.flatMap((i) => (i.kind === 'codes' && !i.warning ? i.codes : []));
    expect(code.map((c) => c.meanings.map((m) => m.tableId))).toEqual([answerOrder('-1102').map((p) => p.table.id)]);
    expect(countWarnings(r)).toBe(1);
  });
  it('explains a log line with a warning list and a timestamp', () => {
    const r = decode('2026-11-22 10:00:01 INFO bankcard ocr ok warningCode=[-9113,66661009]');
    expect(codesOf(r)).toEqual(['-9113', '66661009']);
    expect(countWarnings(r)).toBe(2);
    expect(r.ignored.map((i) => i.kind)).toEqual(['date', 'time']);
  });
  it('reads a response held as a string inside another', () => {
    expect(raisedOf(decode('{"result":"{\\"multiWarning\\":\\"01000000\\"}"}'))).toEqual([[2]]);
  });
  it('offers the other sign of an undocumented code, as a different code', () => {
    const [item] = decode('5002').items;
    const [code] = item?.kind === 'codes' ? item.codes : [];
    expect(code?.meanings).toEqual([]);
    expect(code?.otherSign?.code).toBe('-5002');
    expect(code?.otherSign?.meanings.map((m) => m.text)).toEqual(
      answerOrder('-5002').map((p) => p.row.message.official.zh),
    );
  });
  it('does not offer the other sign when the code itself is documented', () => {
    const [item] = decode('-1102').items;
    expect(item?.kind === 'codes' && item.codes[0]?.otherSign).toBeUndefined();
  });
  it('says a 7-character warning string under a warning field is not one', () => {
    const r = decode('{"frontMultiWarning":"1001010"}');
    expect(r.items).toEqual([]);
    expect(r.notBits).toEqual([{ value: '1001010', key: 'frontMultiWarning', length: 7, wrong: [] }]);
  });
  it('keeps a 20-digit warning value exact', () => {
    expect(codesOf(decode('{"warning":12345678901234567890}'))).toEqual(['12345678901234567890']);
  });
  it('finds a field nested more than 50 levels deep', () => {
    const deep = `${'{"data":'.repeat(60)}{"backMultiWarning":"00000011"}${'}'.repeat(60)}`;
    expect(raisedOf(decode(deep))).toEqual([[7, 8]]);
  });
  it('reads -11\\u200B02 as -1102, not 11', () => {
    expect(codesOf(decode('-11\u200B02'))).toEqual(['-1102']);
  });
  it('finds nothing in words or HTML', () => {
    for (const input of ['hello world', '<b>x</b>']) expect(decode(input).items, input).toEqual([]);
  });
  it('reads an API 3.0 error code as a code under its field', () => {
    const r = decode('{"Response":{"Error":{"Code":"FailedOperation.OcrFailed"}}}');
    expect(r.items.map((i) => [i.field, codesOf({ ...r, items: [i] })])).toEqual([
      ['Code', ['FailedOperation.OcrFailed']],
    ]);
  });
  it('gives an API 3.0 name typed in any letter case as Tencent writes it, with its meanings', () => {
    const [place] = answerOrder('AuthFailure.SignatureExpire');
    if (!place) throw new Error('AuthFailure.SignatureExpire is in no table');
    const [decoded] = decode('authfailure.signatureexpire').items.flatMap((i) => (i.kind === 'codes' ? i.codes : []));
    expect(decoded?.code).toBe(place.code);
    expect(decoded?.meanings.map((m) => m.tableId)).toEqual(answerOrder(place.code).map((p) => p.table.id));
  });
  it('says the input is empty when it is', () => {
    expect(decode('  ').empty).toBe(true);
  });

  describe('on random input', () => {
    it('never throws (20,000 inputs) and raises only positions that hold a 1', () => {
      const pasted = fc.oneof(
        fc.string({ unit: fc.constantFrom('0', '1', '2', ' ', '"', 'x', '-', '[', ']', ','), maxLength: 24 }),
        fc.json(),
        fc.string({ maxLength: 60 }),
      );
      fc.assert(
        fc.property(pasted, (input) => {
          for (const item of decodeInput(input, data).items) {
            if (item.kind === 'bits') for (const p of item.raised) expect(item.value[p.position - 1]).toBe('1');
          }
        }),
        { numRuns: 20_000 },
      );
    }, 120_000);
    it('decodes any 8-character string of 0 and 1 to exactly its raised positions', () => {
      fc.assert(
        fc.property(fc.string({ unit: fc.constantFrom('0', '1'), minLength: 8, maxLength: 8 }), (bits) => {
          expect(raisedOf(decodeInput(bits, data))).toEqual([[...bits].flatMap((b, i) => (b === '1' ? [i + 1] : []))]);
        }),
        { numRuns: 256 },
      );
    });
  });
});
