import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chineseRuns } from '../../src/lib/chinese-runs';

describe('chineseRuns', () => {
  it('cuts an English sentence at the Chinese words it quotes', () => {
    expect(chineseRuns('FaceID (人脸核身), 万象优图: OCR')).toEqual([
      { text: 'FaceID (', chinese: false },
      { text: '人脸核身', chinese: true },
      { text: '), ', chinese: false },
      { text: '万象优图', chinese: true },
      { text: ': OCR', chinese: false },
    ]);
  });
  it('keeps Chinese punctuation inside a Chinese run', () => {
    expect(chineseRuns('例如：签名过期。')).toEqual([{ text: '例如：签名过期。', chinese: true }]);
  });
  it('gives back every character, in order, in runs that alternate', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '(', '1', '签', '名', '：', '。', '\n') });
    fc.assert(
      fc.property(text, (s) => {
        const runs = chineseRuns(s);
        expect(runs.map((r) => r.text).join('')).toBe(s);
        runs.forEach((run, i) => {
          expect(run.text).not.toBe('');
          if (i > 0) expect(run.chinese).not.toBe(runs[i - 1]?.chinese);
        });
      }),
    );
  });
});
