import { describe, expect, it } from 'vitest';
import { GlossarySchema } from '../../src/schemas/glossary';
import { glossary, translationPairs } from '../support/translations';

// content/glossary.yaml fixes the English of the terms that recur; every translation must use it.
const terms = glossary();
const pairs = translationPairs();

/** The glossary terms a Chinese text holds, leaving out those that only occur inside a longer term it holds. */
function termsIn(zh: string): string[] {
  const found = Object.keys(terms).flatMap((term) => {
    const at: number[] = [];
    for (let i = zh.indexOf(term); i >= 0; i = zh.indexOf(term, i + 1)) at.push(i);
    return at.map((start) => ({ term, start, end: start + term.length }));
  });
  const covered = (o: (typeof found)[number]) =>
    found.some((l) => l.term.length > o.term.length && l.start <= o.start && o.end <= l.end);
  return [...new Set(found.filter((o) => !covered(o)).map((o) => o.term))];
}

describe('the glossary', () => {
  it('parses with its schema and fixes the terms the translations rest on', () => {
    expect(terms).toMatchObject({
      签名: { en: 'signature' },
      人脸核身: { en: 'FaceID' },
      活体: { en: 'liveness' },
      翻拍: { en: 'recaptured photo' },
      复印件: { en: 'photocopy' },
      万象优图: { en: 'Cloud Infinite' },
      告警: { en: 'warning' },
      鉴黄: { en: 'porn detection' },
      比对: { en: 'comparison' },
      二要素: { en: 'two-factor' },
      身份证: { en: 'ID card' },
      银行卡: { en: 'bank card' },
      订单号: { en: 'order number' },
      频控: { en: 'rate limit' },
    });
  });

  it('rejects an entry without English or note, or a term that is not Chinese', () => {
    const result = GlossarySchema.safeParse({
      签名: { note: 'x' },
      活体: { en: 'liveness' },
      OCR: { en: 'OCR', note: 'x' },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['OCR', '活体.note', '签名.en']);
  });

  it('has no term that no text uses', () => {
    const unused = Object.keys(terms).filter((term) => !pairs.some((p) => p.zh.includes(term)));
    expect(unused).toEqual([]);
  });
});

describe('every translation', () => {
  it("uses the glossary's English for every glossary term its Chinese holds", () => {
    const wrong = pairs.flatMap((pair) =>
      termsIn(pair.zh)
        .filter((term) => !pair.en.toLowerCase().includes((terms[term]?.en ?? term).toLowerCase()))
        .map(
          (term) =>
            `${pair.file} ${pair.path}: ${JSON.stringify(pair.zh)} holds ${term}, so its English needs "${terms[term]?.en}": ${JSON.stringify(pair.en)}`,
        ),
    );
    expect(wrong).toEqual([]);
  });

  it('is checked for the terms inside longer terms by the longer term only', () => {
    expect(termsIn('人脸核身错误码说明')).toEqual(['人脸核身', '错误码']);
    expect(termsIn('人脸检测失败')).toEqual(['人脸']);
  });
});
