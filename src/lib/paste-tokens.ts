// Ships to the browser, lazily, inside the paste reader (src/lib/read-paste.ts), which the search engine, the decoder
// and their worker load on first use. The reader's first step: the cleaned paste cut into typed tokens with their
// offsets. One pass, no recursion, and a pattern only ever on a bounded slice.

export const isDigit = (c: number) => c >= 48 && c <= 57;
export const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const ATOM = new Uint8Array(128).map((_, c) => (isDigit(c) || isLetter(c) || c === 95 ? 1 : 0));
const isCjk = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
export const isHex = (c: number) => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
/** - . : / */
export const isConnector = (c: number) => c === 45 || c === 46 || c === 58 || c === 47;
// Letters, digits and marks of any script but those written without spaces (Han, kana, Hangul, and the marks they
// share): glued to digits they make a word, never a number ("1О010100" holds a Cyrillic О, "12٣4" an Arabic digit).
const FOREIGN_LETTER = /^(?![\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}])[\p{L}\p{N}\p{M}]$/u;

/** A letter, digit or mark outside ASCII that makes part of a word (FOREIGN_LETTER), from its code unit `c` at `at`. */
function isForeignLetter(s: string, at: number, c: number): boolean {
  if (isCjk(c)) return false;
  // Either half of a surrogate pair stands for the whole character.
  const low = c >= 0xdc00 && c <= 0xdfff;
  const start = low && at > 0 && s.charCodeAt(at - 1) >= 0xd800 && s.charCodeAt(at - 1) <= 0xdbff ? at - 1 : at;
  return FOREIGN_LETTER.test(String.fromCodePoint(s.codePointAt(start) ?? 0));
}

/** Whether the character at `at` in `s` is part of a word: [A-Za-z0-9_], or a letter, digit or mark (see above). */
function isWordAt(s: string, at: number): boolean {
  const c = s.charCodeAt(at);
  return c < 128 ? ATOM[c] === 1 : c >= 128 && isForeignLetter(s, at, c); // c is NaN past either end
}

/** Numbers that the text around them makes a date, a time of day, a duration or a process id: never a code. */
export type AsideKind = 'date' | 'time' | 'duration' | 'process-id';

interface Span {
  start: number;
  end: number;
}

/** A run of letters and digits joined by single - . : / characters: `code`, `-1102`, `2026-11-22`, `X-ErrNo`. */
export interface ChunkToken extends Span {
  kind: 'chunk';
  /** A "-" or "+" written just before it, not inside a word ("a-1" has none). */
  sign: '' | '-' | '+';
  /** The first character after it past quotes, backslashes and blanks: ":" or "=" makes it a field name. */
  next: string;
}

/** What `text.slice(start, end)` is. Quotes, blanks and signs make no token: they only stand between values. */
export type PasteToken =
  | ChunkToken
  /** Digits with their unit, month's name or syslog tag (`2026年11月22日`, `200 毫秒`, `Nov 22`, `app[1234]`). */
  | (Span & { kind: 'aside'; aside: AsideKind })
  /** A run of Chinese characters. */
  | (Span & { kind: 'cjk' })
  /** ":" or "=", between a field's name and its value. */
  | (Span & { kind: 'separator' })
  /** "," "|" ";" "、", between the values of a list. */
  | (Span & { kind: 'delimiter' })
  | (Span & { kind: 'open-list' | 'close-list' })
  /** "{" or "}". */
  | (Span & { kind: 'brace' })
  /** A line feed or a carriage return, also written as an escape ("\n") in a JSON string. */
  | (Span & { kind: 'line' })
  /** Any other punctuation ("&", "?", "#", other brackets, sentence punctuation): the end of a value. */
  | (Span & { kind: 'stop' });

type PunctuationKind = Exclude<PasteToken['kind'], 'chunk' | 'aside' | 'cjk'>;

/** The token a punctuation character makes, or undefined for those that make none. */
function punctuation(c: number): PunctuationKind | undefined {
  switch (c) {
    case 58: // :
    case 61: // =
      return 'separator';
    case 44: // ,
    case 124: // |
    case 59: // ;
    case 0x3001: // 、
      return 'delimiter';
    case 91: // [
      return 'open-list';
    case 93: // ]
      return 'close-list';
    case 123: // {
    case 125: // }
      return 'brace';
    case 10: // line feed
    case 13: // carriage return
      return 'line';
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
      return undefined;
    default:
      return 'stop';
  }
}

// Units after a number that make it part of a date, a time of day or a duration, never a code ("2026年11月22日",
// "10时05分", "耗时 200 毫秒"), the longest first.
const UNITS = ['毫秒', '微秒', '秒钟', '分钟', '小时', '年', '月', '日', '号', '时', '点', '分', '秒', 'ms'];
const UNIT_STARTS = new Set(UNITS.map((u) => u.charCodeAt(0)));
// English month names, as logs write them ("Nov 22 10:00:01").
const MONTH_NAMES = 'January February March April May June July August September October November December'.split(' ');
const MONTHS = new Set([...MONTH_NAMES, ...MONTH_NAMES.map((m) => m.slice(0, 3)), 'Sept']);
export const isMonthName = (word: string) => MONTHS.has(word);
// Characters between a chunk and what follows it that do not count (see ChunkToken.next).
const SKIPPED = new Set([...' \t"\'\\`'].map((c) => c.charCodeAt(0)));

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

/** Whether a time of day ("10:00", "9:05:01") starts in `s` at `at`, after blanks. */
export function timeAt(s: string, at: number): boolean {
  let p = at;
  while (s.charCodeAt(p) === 32 || s.charCodeAt(p) === 9) p++;
  const digits = isDigit(s.charCodeAt(p + 1)) ? 2 : 1;
  return (
    isDigit(s.charCodeAt(p)) &&
    s[p + digits] === ':' &&
    isDigit(s.charCodeAt(p + digits + 1)) &&
    isDigit(s.charCodeAt(p + digits + 2))
  );
}

/**
 * The tokens of a cleaned paste, in order (`next()` until undefined). It remembers the last word and month's name
 * read, to know a syslog tag or a date written with a month's name when the digits after them come.
 */
export class PasteTokens {
  private at = 0;
  /** Asides read ahead (a run of numbers with units may hold several), handed out first. */
  private readonly ahead: PasteToken[] = [];
  private aheadAt = 0;
  private wordStart = -1; // where the last chunk began, when it began with a letter
  private wordEnd = -1; // and where it ended; -1 once another chunk followed
  private monthStart = -1; // where the last chunk began, when it was a month's name
  private monthEnd = -1; // and where it ended; -1 once another chunk followed

  constructor(private readonly s: string) {}

  next(): PasteToken | undefined {
    if (this.aheadAt < this.ahead.length) return this.ahead[this.aheadAt++];
    const s = this.s;
    while (this.at < s.length) {
      const start = this.at;
      const c = s.charCodeAt(start);
      if (c < 128 ? ATOM[c] === 1 : isForeignLetter(s, start, c)) return this.chunk(start);
      if (isCjk(c)) {
        let end = start + 1;
        while (end < s.length && isCjk(s.charCodeAt(end))) end++;
        this.at = end;
        return { kind: 'cjk', start, end };
      }
      this.at++;
      const kind = c === 92 ? this.escape() : punctuation(c);
      if (kind) return { kind, start, end: this.at };
    }
    return undefined;
  }

  /** After a backslash: escapes of a JSON string logged inside another. "\n" is a line break; "\u8bf7" is skipped. */
  private escape(): 'line' | undefined {
    const s = this.s;
    while (s.charCodeAt(this.at) === 92) this.at++;
    const i = this.at;
    const c = s[i];
    if (
      c === 'u' &&
      isHex(s.charCodeAt(i + 1)) &&
      isHex(s.charCodeAt(i + 2)) &&
      isHex(s.charCodeAt(i + 3)) &&
      isHex(s.charCodeAt(i + 4))
    )
      this.at += 5;
    else if (c === 'n' || c === 'r') {
      this.at++;
      return 'line';
    } else if (c === 't' || c === 'b' || c === 'f') this.at++;
    return undefined;
  }

  /** The chunk starting at `start`, or the asides its digits begin. */
  private chunk(start: number): PasteToken {
    const s = this.s;
    let end = start + 1;
    for (;;) {
      const c = s.charCodeAt(end);
      if (c < 128 ? ATOM[c] === 1 : c >= 128 && isForeignLetter(s, end, c)) end++;
      else if (isConnector(c) && isWordAt(s, end + 1)) end += 2;
      else break;
    }
    const before = s[start - 1] ?? '';
    const sign = (before === '-' || before === '+') && !isWordAt(s, start - 2) ? before : '';
    const lastWord = this.wordEnd;
    const lastMonth = this.monthEnd;
    this.wordEnd = -1;
    this.monthEnd = -1;
    const first = s.charCodeAt(start);
    let digitsOnly = sign === '' && isDigit(first);
    for (let d = start; d < end && digitsOnly; d++) digitsOnly = isDigit(s.charCodeAt(d));
    if (digitsOnly) {
      const resume = this.asidesAround(start, end, lastWord, lastMonth);
      if (resume >= 0) {
        this.at = resume;
        return this.ahead[this.aheadAt++] as PasteToken;
      }
    } else if (isLetter(first)) {
      this.wordStart = start;
      this.wordEnd = end;
      if (end - start >= 3 && end - start <= 9 && MONTHS.has(s.slice(start, end))) {
        this.monthStart = start;
        this.monthEnd = end;
      }
    }
    this.at = this.pastTimeSuffix(start, end);
    let after = end;
    while (after < s.length && SKIPPED.has(s.charCodeAt(after))) after++;
    return { kind: 'chunk', start, end, sign, next: s[after] ?? '' };
  }

  /** Where reading goes on after the chunk start..end: past the milliseconds or the time zone of a time. */
  private pastTimeSuffix(start: number, end: number): number {
    const s = this.s;
    // A time with comma milliseconds (Python logs: "10:00:01,123").
    if (s[end] === ',' && /^\d\d:\d\d:\d\d$/.test(s.slice(start, end)) && isDigit(s.charCodeAt(end + 1))) {
      let e = end + 1;
      while (e < s.length && isDigit(s.charCodeAt(e))) e++;
      return e;
    }
    // A time zone after a timestamp ("…T10:00:01+08:00").
    if (
      (s[end] === '+' || s[end] === '-') &&
      /^\d\d:\d\d/.test(s.slice(end + 1, end + 6)) &&
      s.slice(start, end).includes('T')
    )
      return end + 6;
    return end;
  }

  private setAside(aside: AsideKind, start: number, end: number) {
    if (this.aheadAt === this.ahead.length) {
      this.ahead.length = 0;
      this.aheadAt = 0;
    }
    this.ahead.push({ kind: 'aside', aside, start, end });
  }

  /**
   * Digits (start..end, no sign) that are no code because of what stands around them: a process id in a syslog tag
   * ("app[1234]:"), a day or year after a month's name ("Nov 22", "Nov 22, 2026"), a number with a unit of date or
   * time. Reads them ahead as asides and returns where reading goes on, or -1.
   */
  private asidesAround(start: number, end: number, word: number, month: number): number {
    const s = this.s;
    if (s[start - 1] === '[' && word === start - 1 && s[end] === ']' && s[end + 1] === ':') {
      this.setAside('process-id', this.wordStart, end + 1);
      return end;
    }
    if (
      month >= 0 &&
      this.blanksBetween(month, start) &&
      (end - start === 4 || (end - start <= 2 && Number(s.slice(start, end)) <= 31))
    ) {
      // A year may follow the day: "Nov 22, 2026".
      let p = s[end] === ',' ? end + 1 : end;
      while (s.charCodeAt(p) === 32) p++;
      let q = p;
      while (isDigit(s.charCodeAt(q))) q++;
      const year = end - start <= 2 && q - p === 4 && !isConnector(s.charCodeAt(q)) && !isWordAt(s, q);
      this.setAside('date', this.monthStart, year ? q : end);
      return year ? q : end;
    }
    return this.unitRun(start, end);
  }

  /** Whether only blanks, maybe after a dot ("Nov. 22"), stand between `from` and `to`. */
  private blanksBetween(from: number, to: number): boolean {
    const s = this.s;
    let p = s[from] === '.' ? from + 1 : from;
    if (p >= to) return false;
    while (p < to && s.charCodeAt(p) === 32) p++;
    return p === to;
  }

  /** The unit written at `at` (UNITS), if any: "日" of "日志" (a log) is none, nor "ms" inside a word. */
  private unitAt(at: number): string | undefined {
    const s = this.s;
    if (!UNIT_STARTS.has(s.charCodeAt(at))) return undefined;
    const unit = UNITS.find((u) => s.startsWith(u, at));
    if (unit === 'ms' && isWordAt(s, at + 2)) return undefined;
    if (unit === '日' && s[at + 1] === '志') return undefined;
    return unit;
  }

  /**
   * Numbers with units from the digits at start..end on ("2026年11月22日 10时05分", "耗时 200 毫秒"): each run of one
   * kind read ahead as a date, a time of day or a duration. Returns where the last unit ends, or -1 when the digits
   * have no unit. Blanks may stand between a number and its unit and between parts.
   */
  private unitRun(start: number, end: number): number {
    const s = this.s;
    let digitsFrom = start;
    let digitsTo = end;
    let from = start; // where the run of `kind` began
    let last = -1; // where the last unit read ends
    let kind: UnitKind | undefined;
    let previous: string | undefined;
    for (;;) {
      let p = digitsTo;
      while (s.charCodeAt(p) === 32) p++;
      const unit = this.unitAt(p);
      const partKind = unit && unitKind(s.slice(digitsFrom, digitsTo), unit, previous);
      if (!unit || !partKind) break;
      if (kind && partKind !== kind) {
        this.setAside(kind, from, last);
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
    this.setAside(kind, from, last);
    return last;
  }
}
