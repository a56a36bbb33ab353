import { describe, expect, it } from 'vitest';
import { originalOf, plainIn, shownIn } from '../../src/lib/texts';

describe('shownIn', () => {
  it("shows Tencent's words alone on the pages of their language", () => {
    expect(shownIn({ official: { zh: '签名过期' }, ours: { en: 'Signature expired' } }, 'zh-CN')).toEqual({
      text: '签名过期',
      lang: 'zh',
      origin: 'official',
      emptyHere: false,
    });
  });
  it("shows the site's translation as ours, with Tencent's original beside it", () => {
    expect(shownIn({ official: { zh: '签名过期' }, ours: { en: 'Signature expired' } }, 'en')).toEqual({
      text: 'Signature expired',
      lang: 'en',
      origin: 'ours',
      emptyHere: false,
      original: { text: '签名过期', lang: 'zh' },
    });
  });
  it("shows Tencent's own English as official, the Chinese beside it", () => {
    const shown = shownIn({ official: { zh: '签名过期。', en: 'Signature expired.' }, ours: {} }, 'en');
    expect(shown).toMatchObject({ text: 'Signature expired.', origin: 'official', original: { text: '签名过期。' } });
  });
  it("says where Tencent left the cell empty: the translation in English, Tencent's English on the Chinese pages", () => {
    const enEmpty = { official: { zh: '数据库异常。', en: null }, ours: { en: 'Database error.' } };
    expect(shownIn(enEmpty, 'en')).toMatchObject({ text: 'Database error.', origin: 'ours', emptyHere: true });
    const zhEmpty = { official: { zh: null, en: 'Operation denied.' }, ours: {} };
    expect(shownIn(zhEmpty, 'zh-CN')).toEqual({
      text: 'Operation denied.',
      lang: 'en',
      origin: 'official',
      emptyHere: true,
    });
  });
  it('shows a text the translation leaves as it is ("-") once', () => {
    expect(shownIn({ official: { zh: '-' }, ours: { en: '-' } }, 'en')?.original).toBeUndefined();
  });
});

describe('originalOf and plainIn', () => {
  it("return Tencent's wording, the source language's first, and the text in one language", () => {
    expect(originalOf({ official: { zh: null, en: 'x' }, ours: {} })).toEqual({ text: 'x', lang: 'en' });
    expect(originalOf({ official: {}, ours: { zh: '证据' } })).toBeUndefined();
    expect(plainIn({ official: { zh: '甲' }, ours: { en: 'A' } }, 'en')).toBe('A');
  });
});
