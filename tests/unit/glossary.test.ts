import { describe, expect, it } from 'vitest';
import { GlossarySchema } from '../../src/schemas/glossary';
import { glossary, holdsTerm, translationPairs } from '../support/translations';

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

/** The English renderings a translation of `term` may hold: its English, then the renderings by meaning it allows. */
const renderings = (term: string) => {
  const entry = terms[term];
  return entry ? [entry.en, ...(entry.also ?? [])] : [term];
};

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
      二要素: { en: 'name and ID number' },
      身份证: { en: 'ID card' },
      银行卡: { en: 'bank card' },
      驾驶证: { en: "driver's license" },
      行驶证: { en: 'vehicle license' },
      订单号: { en: 'order number' },
      频控: { en: 'rate limit' },
      声音: { en: 'sound', also: ['speech', 'volume'] },
      边框: { en: 'border', also: ['frame'] },
      处理措施: { en: 'recommended action' },
      错误码说明: { en: 'error codes', also: ['description'] },
      识别到: { en: 'detected' },
      正脸对框: { en: 'face the camera straight on, inside the frame' },
    });
  });

  it('rejects an entry without English or note, a term that is not Chinese, or an empty list of renderings', () => {
    const result = GlossarySchema.safeParse({
      签名: { note: 'x' },
      活体: { en: 'liveness' },
      OCR: { en: 'OCR', note: 'x' },
      边框: { en: 'border', also: [], note: 'x' },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'OCR',
      '活体.note',
      '签名.en',
      '边框.also',
    ]);
  });

  it('has no term that no text uses', () => {
    const unused = Object.keys(terms).filter((term) => !pairs.some((p) => p.zh.includes(term)));
    expect(unused).toEqual([]);
  });

  it('justifies every rendering by meaning in its note', () => {
    const unexplained = Object.entries(terms).flatMap(([term, { also = [], note }]) =>
      also.filter((rendering) => !note.includes(`"${rendering}"`)).map((rendering) => `${term}: ${rendering}`),
    );
    expect(unexplained).toEqual([]);
  });

  it('has no rendering by meaning that no text uses', () => {
    const unused = Object.entries(terms).flatMap(([term, { en, also = [] }]) =>
      also
        .filter((rendering) => !pairs.some((p) => termsIn(p.zh).includes(term) && holdsTerm(p.en, rendering)))
        .map((rendering) => `${term}: ${rendering} (beside ${en})`),
    );
    expect(unused).toEqual([]);
  });
});

describe('every translation', () => {
  it("uses the glossary's English, or a rendering it allows, for every glossary term its Chinese holds", () => {
    const wrong = pairs.flatMap((pair) =>
      termsIn(pair.zh)
        .filter((term) => !renderings(term).some((english) => holdsTerm(pair.en, english)))
        .map(
          (term) =>
            `${pair.file} ${pair.path}: ${JSON.stringify(pair.zh)} holds ${term}, so its English needs ${renderings(
              term,
            )
              .map((e) => `"${e}"`)
              .join(' or ')}: ${JSON.stringify(pair.en)}`,
        ),
    );
    expect(wrong).toEqual([]);
  });

  it('is checked for the terms inside longer terms by the longer term only', () => {
    expect(termsIn('人脸核身错误码说明')).toEqual(['人脸核身', '错误码说明']);
    expect(termsIn('人脸检测失败')).toEqual(['人脸']);
    expect(termsIn('未识别到人脸')).toEqual(['人脸', '识别到']);
  });
});

describe('holdsTerm', () => {
  it('finds a term as whole words, in any letter case, with a plural or -ed/-ing ending', () => {
    expect(holdsTerm('Multiple faces in the photo', 'photo')).toBe(true);
    expect(holdsTerm('Recaptured photos', 'recaptured photo')).toBe(true);
    expect(holdsTerm('Error extracting the pose', 'extract')).toBe(true);
    expect(holdsTerm('The client can use cached data', 'cache')).toBe(true);
    expect(holdsTerm('Too many operations; rate limit reached', 'Too many operations')).toBe(true);
  });

  it('does not take a longer word for the term', () => {
    expect(holdsTerm('Photocopy of a bank card', 'photo')).toBe(false);
    expect(holdsTerm('Interface', 'face')).toBe(false);
    expect(holdsTerm('Preprocessing', 'processing')).toBe(false);
  });
});
