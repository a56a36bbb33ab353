import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SHARE_LENGTH, plainReading, shareValues } from '../../src/lib/paste-reading';
import { decoderHref } from '../../src/lib/paths';
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

  it('says typed Chinese words are words, and a code or warning key alone is not', () => {
    expect(plainReading('签名 过期')?.wordy).toBe(true);
    expect(plainReading('错误码警告')?.wordy).toBe(true);
    expect(plainReading('错误码 警告码')?.wordy).toBe(false);
    expect(plainReading('-1102')?.wordy).toBe(false);
  });

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

// A shared link to the decoder holds the first decoded values only, and says how many it leaves out.
describe('shareValues', () => {
  const warningCodes = (n: number, from: number) => Array.from({ length: n }, (_, i) => -(from + i));

  it('keeps a link to a log of 300 lines of 200 warning codes each under 2,000 characters', () => {
    const log = Array.from(
      { length: 300 },
      (_, line) => `{"RequestId":"r${line}","WarningCode":[${warningCodes(200, 9000 + line).join(',')}]}`,
    ).join('\n');
    const reading = readPaste(log);
    const { query, left } = shareValues(reading);
    expect(encodeURIComponent(query).length).toBeLessThanOrEqual(MAX_SHARE_LENGTH);
    expect(decoderHref('https://errcodes.example/en/', query).length).toBeLessThan(2000);
    // The link holds the first codes found, in order; the rest are counted.
    const found = reading.warnings.flatMap((w) => w.codes);
    const shared = readPaste(query).warnings.flatMap((w) => w.codes);
    expect(shared.length).toBeGreaterThan(100);
    expect(shared).toEqual(found.slice(0, shared.length));
    expect(left).toBe(found.length - shared.length);
  });

  it('keeps whole parts while they fit, and leaves out every part after the first that does not', () => {
    const reading = readPaste('7 {"frontMultiWarning":"10010100","WarningCode":[-9110,-9111],"ErrorCode":-1101}');
    expect(shareValues(reading)).toEqual({
      query: '7 frontMultiWarning=10010100 warningCode=[-9110,-9111] code=-1101',
      left: 0,
    });
    // "7" (1), "%20frontMultiWarning%3D10010100" (31): the warning list and the code do not fit in 40.
    expect(shareValues(reading, { maxLength: 40 })).toEqual({ query: '7 frontMultiWarning=10010100', left: 3 });
  });

  it('cuts a warning list too long for a link to the codes that fit', () => {
    const reading = readPaste(`WarningCode: [${warningCodes(400, 10000).join(',')}]`);
    const { query, left } = shareValues(reading);
    const shared = readPaste(query).warnings.flatMap((w) => w.codes);
    expect(encodeURIComponent(query).length).toBeLessThanOrEqual(MAX_SHARE_LENGTH);
    expect(shared).toEqual(reading.warnings.flatMap((w) => w.codes).slice(0, shared.length));
    expect(left).toBe(200 - shared.length); // the reader keeps 200 codes per list
  });

  it('leaves out the numbers the tables do not document: a phone number, an ID number split by spaces', () => {
    const documented = (code: string) => ['-1102'].includes(code);
    const reading = readPaste('错误码：-1102 身份证 110101 19900307 123X 手机 13812345678');
    expect(reading.codes.map((c) => c.code)).toEqual(expect.arrayContaining(['-1102', '110101', '19900307']));
    expect(shareValues(reading, { documented }).query).toBe('code=-1102');
  });

  it('keeps an empty warning list, read back as one', () => {
    const { query } = shareValues(readPaste('{"WarningCode":[]}'));
    expect(query).toBe('warningCode=[]');
    expect(readPaste(query).warnings).toEqual([{ key: 'warningCode', codes: [] }]);
  });
});
