import { describe, expect, it } from 'vitest';
import { noticeTexts, proseTexts } from '../../src/lib/table-texts';

const columns = { code: 'Code', message: 'Meaning' };

describe('proseTexts', () => {
  it('returns each paragraph with its English', () => {
    expect(proseTexts({ prose: ['甲', '乙'], en: { title: 'T', columns, prose: ['A', 'B'], notices: [] } })).toEqual([
      { zh: '甲', en: 'A' },
      { zh: '乙', en: 'B' },
    ]);
  });
  it('throws when a paragraph has no English', () => {
    expect(() => proseTexts({ prose: ['甲'], en: { title: 'T', columns, prose: [], notices: [] } })).toThrow(
      /prose paragraph 1/,
    );
  });
});

describe('noticeTexts', () => {
  it('returns each item of each notice with its English', () => {
    expect(
      noticeTexts({
        notices: [['甲'], ['乙', '丙']],
        en: { title: 'T', columns, prose: [], notices: [['A'], ['B', 'C']] },
      }),
    ).toEqual([
      [{ zh: '甲', en: 'A' }],
      [
        { zh: '乙', en: 'B' },
        { zh: '丙', en: 'C' },
      ],
    ]);
  });
});
