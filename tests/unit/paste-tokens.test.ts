import { describe, expect, it } from 'vitest';
import { PasteTokens, timeAt, type PasteToken } from '../../src/lib/paste-tokens';

/** Each token in short: its kind (the aside's kind for an aside) and its text. */
function tokens(s: string): string[] {
  const out: string[] = [];
  const reader = new PasteTokens(s);
  for (let t: PasteToken | undefined = reader.next(); t; t = reader.next())
    out.push(`${t.kind === 'aside' ? t.aside : t.kind}:${s.slice(t.start, t.end)}`);
  return out;
}

describe('PasteTokens', () => {
  it('cuts JSON into chunks and punctuation, quotes and blanks making no token', () => {
    expect(tokens('{"code": -1102, "list":[1]}')).toEqual([
      'brace:{',
      'chunk:code',
      'separator::',
      'chunk:1102',
      'delimiter:,',
      'chunk:list',
      'separator::',
      'open-list:[',
      'chunk:1',
      'close-list:]',
      'brace:}',
    ]);
  });
  it('gives a chunk the sign written before it, and the next character past quotes and blanks', () => {
    expect(new PasteTokens('"Code" : x').next()).toMatchObject({ kind: 'chunk', sign: '', next: ':' });
    const reader = new PasteTokens('a-1 -1 +2');
    expect([reader.next(), reader.next(), reader.next()].map((t) => t?.kind === 'chunk' && t.sign)).toEqual([
      '',
      '-',
      '+',
    ]);
  });
  it('reads numbers with units, a date after a month name and a syslog tag as asides', () => {
    expect(tokens('2026年11月22日 10时05分')).toEqual(['date:2026年11月22日', 'time:10时05分']);
    expect(tokens('Nov 22, 2026')).toEqual(['chunk:Nov', 'date:Nov 22, 2026']);
    expect(tokens('app[1234]:')).toEqual([
      'chunk:app',
      'open-list:[',
      'process-id:app[1234]',
      'close-list:]',
      'separator::',
    ]);
  });
  it('reads a run of Chinese as one token, and a JSON escape "\\n" as a line', () => {
    expect(tokens('错误码\\n\\u8bf7')).toEqual(['cjk:错误码', 'line:\\n']);
  });
});

describe('timeAt', () => {
  it('finds a time of day after blanks, and nothing else', () => {
    expect(timeAt('11/22 10:00', 5)).toBe(true);
    expect(timeAt('11/22 9:05:01', 5)).toBe(true);
    expect(timeAt('11/22 1000', 5)).toBe(false);
  });
});
