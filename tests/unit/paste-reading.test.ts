import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainReading } from '../../src/lib/paste-reading';
import { readPaste } from '../../src/lib/read-paste';

// The search box reads a plainly typed code without loading the paste reader: its reading must be the reader's.
describe('plainReading', () => {
  it.each(['-1102', '66661003', ' 5002\n', '６６６６１００３', '－１１０２', '\u22129110', '-10010100', '1234'])(
    'reads the code %j as the paste reader does',
    (input) => {
      const reading = plainReading(input);
      expect(reading).toBeDefined();
      expect(reading).toEqual(readPaste(input));
    },
  );

  it.each(['签名过期', ' 图片 解码失败\n', '错误码', '警告码'])(
    'reads the words %j as the paste reader does',
    (input) => {
      const reading = plainReading(input);
      expect(reading).toBeDefined();
      expect(reading).toEqual(readPaste(input));
    },
  );

  it.each([
    '错误码 -1102',
    '图片1',
    'code',
    '签名过期。',
    '',
    '+1102',
    '01102',
    '0',
    '10010100',
    '1001',
    '- 1102',
    '1102 1103',
    '"-1102"',
    '%31',
    '1234567890',
    'a1',
    '-11\uFFF902',
    '-11\u{E0020}02',
    '-11\u{1D173}02',
    '-11\uFE0F02',
    '-11\u180B02',
    '签名\u{E0100}过期',
  ])('leaves %j to the paste reader', (input) => {
    expect(plainReading(input)).toBeUndefined();
  });

  it('agrees with the paste reader on every input it reads', () => {
    const unit = fc.constantFrom(
      ...'0123456789０１２３４５６７８９',
      '-',
      '\u2212',
      '\uFF0D',
      '+',
      ' ',
      '\t',
      '\n',
      '"',
      'x',
      '%',
      '\u200B',
      '\uFFF9',
      '\u{E0020}',
      '\u{1D173}',
      '\uFE0F',
      '\u{E0100}',
      '\u180B',
      '\u3164',
      '\u00A0',
      '错',
      '误',
      '码',
      '警',
      '告',
      '图',
      '片',
      '\uF900',
      '。',
    );
    const typed = fc.tuple(
      fc.constantFrom('', ' ', '\n'),
      fc.constantFrom('', '-', '\u2212', '\uFF0D'),
      fc.string({ unit: fc.constantFrom(...'0123456789０１'), minLength: 1, maxLength: 12 }),
      fc.constantFrom('', ' ', '\t'),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit, maxLength: 14 }),
          typed.map((parts) => parts.join('')),
        ),
        (input) => {
          const reading = plainReading(input);
          if (reading) expect(reading).toEqual(readPaste(input));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
