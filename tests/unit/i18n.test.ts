import { describe, expect, it } from 'vitest';
import { asLang, DEFAULT_LANG, format, LANG_IDS, LANGS, langOfPath, langParam, langPaths } from '../../src/lib/i18n';
import { langOfContent, langRoot, plural, twinPath } from '../../src/lib/i18n';

describe('LANG_IDS and DEFAULT_LANG', () => {
  it('lists the root language first, and it is the one without a folder', () => {
    expect(LANG_IDS[0]).toBe(DEFAULT_LANG);
    expect(LANGS[DEFAULT_LANG].path).toBe('');
    for (const lang of LANG_IDS.slice(1)) expect(LANGS[lang].path).toMatch(/^[a-z-]+\/$/);
  });
});

describe('asLang', () => {
  it('returns a known language as it is', () => {
    for (const lang of LANG_IDS) expect(asLang(lang)).toBe(lang);
  });
  it('returns the default language for anything else', () => {
    expect(asLang(undefined)).toBe(DEFAULT_LANG);
    expect(asLang('fr')).toBe(DEFAULT_LANG);
    expect(asLang('toString')).toBe(DEFAULT_LANG);
  });
});

describe('langRoot', () => {
  it('returns where each language starts, under the base', () => {
    expect(langRoot('/', DEFAULT_LANG)).toBe('/');
    expect(langRoot('/', 'en')).toBe(`/${LANGS.en.path}`);
    expect(langRoot('/sub/', 'en')).toBe(`/sub/${LANGS.en.path}`);
    expect(langRoot('/sub', DEFAULT_LANG)).toBe('/sub/');
  });
});

describe('langOfPath', () => {
  it('returns the language of a page from its path, with or without a base', () => {
    expect(langOfPath('/', '/codes/-1102/')).toBe(DEFAULT_LANG);
    expect(langOfPath('/', `/${LANGS.en.path}codes/-1102/`)).toBe('en');
    expect(langOfPath('/sub/', `/sub/${LANGS.en.path}`)).toBe('en');
    expect(langOfPath('/sub/', '/sub/')).toBe(DEFAULT_LANG);
  });
  it('does not take a page whose path only starts like a language folder for that language', () => {
    expect(langOfPath('/', '/english/')).toBe(DEFAULT_LANG);
  });
});

describe('twinPath', () => {
  it('returns the same page in the other language, and back', () => {
    const en = twinPath('/', '/faceid/idcard-ocr/', 'en');
    expect(en).toBe(`/${LANGS.en.path}faceid/idcard-ocr/`);
    expect(twinPath('/', en, DEFAULT_LANG)).toBe('/faceid/idcard-ocr/');
  });
  it('keeps the base path', () => {
    expect(twinPath('/sub/', '/sub/codes/-1102/', 'en')).toBe(`/sub/${LANGS.en.path}codes/-1102/`);
    expect(twinPath('/sub/', `/sub/${LANGS.en.path}`, DEFAULT_LANG)).toBe('/sub/');
  });
  it('returns the page itself for its own language', () => {
    for (const lang of LANG_IDS) {
      const page = twinPath('/', '/codes/', lang);
      expect(twinPath('/', page, lang)).toBe(page);
    }
  });
});

describe('format', () => {
  it('fills every {name} with its value', () => {
    expect(format('{n} of {total} rows', { n: 3, total: 10 })).toBe('3 of 10 rows');
    expect(format('{a}{a}', { a: 'x' })).toBe('xx');
  });
  it('leaves a placeholder without a value as it is', () => {
    expect(format('Code {code}', {})).toBe('Code {code}');
  });
  it('does not read a filled value as a template', () => {
    expect(format('{q}', { q: '{n}', n: 1 })).toBe('{n}');
  });
});

describe('plural', () => {
  const rows = { one: '{n} row', other: '{n} rows' };
  it('picks the English form for the count', () => {
    expect(plural('en', rows, 1)).toBe('1 row');
    expect(plural('en', rows, 0)).toBe('0 rows');
    expect(plural('en', rows, 2)).toBe('2 rows');
  });
  it('uses the one form of Chinese for every count', () => {
    expect(plural('zh-CN', { other: '{n} 行' }, 1)).toBe('1 行');
    expect(plural('zh-CN', rows, 1)).toBe('1 rows');
  });
  it('falls back to the other form when there is no one form', () => {
    expect(plural('en', { other: '{n} x' }, 1)).toBe('1 x');
  });
  it('fills further values', () => {
    expect(plural('en', { one: '{n} of {code}', other: '{n} of {code}s' }, 2, { code: '-1102' })).toBe('2 of -1102s');
  });
});

describe('langParam and langPaths', () => {
  it('gives the root language no route parameter and the others their folder', () => {
    expect(langParam(DEFAULT_LANG)).toBeUndefined();
    expect(langParam('en')).toBe(LANGS.en.path.replace(/\/$/, ''));
  });
  it('returns a page per language (the page reads its language from the middleware)', () => {
    expect(langPaths()).toEqual(LANG_IDS.map((lang) => ({ params: { lang: langParam(lang) } })));
  });
});

describe('langOfContent', () => {
  it('returns the site language whose pages read a content language', () => {
    for (const lang of LANG_IDS) expect(langOfContent(LANGS[lang].content)).toBe(lang);
  });
});
