import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_LANG, LANG_IDS, LANGS, type Lang } from '../../src/lib/i18n';
import { htmlFiles, SITE_DIR } from '../support/site-files';

// Both languages over the built site: 简体中文 at the root, English under en/. Every page has its twin, names it
// (hreflang, absolute, with x-default), is listed with it in the sitemap, says its language in <html lang>, and points
// at its language's OpenSearch description. The 404 page exists once (a host serves one file for every miss).
// Checked on the build at the root and on the one under /sub/ (SUB_SITE_DIR, or dist-sub/, built by `npm test` too).
const SINGLE = ['404.html'];
const EN = LANGS.en.path;
const BUILDS = [SITE_DIR, process.env['SUB_SITE_DIR'] ?? 'dist-sub'];

/** The attributes of every `<tag …>` in `html`, as maps (a valueless attribute maps to ""). */
function tags(html: string, tag: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))].map(([, attributes = '']) =>
    Object.fromEntries(
      [...attributes.matchAll(/([\w:-]+)(?:="([^"]*)")?/g)].map(([, name = '', value = '']) => [
        name.toLowerCase(),
        value.replaceAll('&amp;', '&'),
      ]),
    ),
  );
}

/** The language a built file belongs to, from its path. */
const langOf = (file: string): Lang => (file.startsWith(EN) ? 'en' : DEFAULT_LANG);
/** The file of the same page in `lang`. */
const twinOf = (file: string, lang: Lang) => LANGS[lang].path + (file.startsWith(EN) ? file.slice(EN.length) : file);
/** The address path of a built page inside the site: "codes/-1102/index.html" → "codes/-1102/". */
const addressOf = (file: string) => file.replace(/index\.html$/, '');

describe.each(BUILDS)('the build in %s/', (dir) => {
  const files = htmlFiles(dir);
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  /** The site's root URL as the build wrote it (SITE_URL and the base path), from the home page's canonical link. */
  const siteRoot = tags(read('index.html'), 'link').find((l) => l['rel'] === 'canonical')?.['href'] ?? '';
  const urlOf = (file: string) => new URL(addressOf(file), siteRoot).href;
  const pages = files.filter((f) => !SINGLE.includes(f));

  describe('every page in both languages', () => {
    test('the site root is known from the home page', () => {
      expect(siteRoot).toMatch(/^https?:\/\//);
    });

    test('every Chinese page has its English twin under en/, and every English page its Chinese twin', () => {
      const chinese = pages.filter((f) => langOf(f) === DEFAULT_LANG);
      const english = pages.filter((f) => langOf(f) === 'en');
      expect(english.length).toBeGreaterThan(268 + 17); // a page per code and per table, and more
      expect(chinese.filter((f) => !files.includes(twinOf(f, 'en')))).toEqual([]);
      expect(english.filter((f) => !files.includes(twinOf(f, DEFAULT_LANG)))).toEqual([]);
      for (const single of SINGLE) expect(files).toContain(single);
    });

    test('each page says its language in <html lang>', () => {
      const wrong = files.filter((f) => tags(read(f), 'html')[0]?.['lang'] !== langOf(f));
      expect(wrong).toEqual([]);
    });

    test('each page names itself and its twin with absolute hreflang links, and x-default is the Chinese one', () => {
      const wrong = pages.flatMap((file) => {
        const links = tags(read(file), 'link');
        const alternates = links
          .filter((l) => l['rel'] === 'alternate' && l['hreflang'])
          .map((l) => [l['hreflang'], l['href']]);
        const expected = [
          ...LANG_IDS.map((lang) => [lang, urlOf(twinOf(file, lang))]),
          ['x-default', urlOf(twinOf(file, DEFAULT_LANG))],
        ];
        const canonical = links.find((l) => l['rel'] === 'canonical')?.['href'];
        const problems = [];
        if (JSON.stringify(alternates.sort()) !== JSON.stringify(expected.sort()))
          problems.push(`${file}: hreflang ${JSON.stringify(alternates)}`);
        if (canonical !== urlOf(file)) problems.push(`${file}: canonical ${canonical}`);
        return problems;
      });
      expect(wrong).toEqual([]);
    });

    test('the page that exists once names no twin', () => {
      for (const file of SINGLE) {
        expect(tags(read(file), 'link').filter((l) => l['hreflang'])).toEqual([]);
      }
    });

    test('each page links its switch to its twin, written in the other language', () => {
      const wrong = pages.flatMap((file) => {
        const other = LANG_IDS.find((lang) => lang !== langOf(file)) ?? DEFAULT_LANG;
        const switches = tags(read(file), 'a').filter((a) => 'data-lang-switch' in a);
        const href = new URL(addressOf(twinOf(file, other)), siteRoot).pathname;
        return switches.length === 1 && switches[0]?.['href'] === href && switches[0]['lang'] === other
          ? []
          : [`${file}: ${JSON.stringify(switches)}`];
      });
      expect(wrong).toEqual([]);
    });
  });

  describe('the sitemap', () => {
    const sitemaps = readdirSync(dir).filter((f) => /^sitemap-\d+\.xml$/.test(f));
    const entries = sitemaps.flatMap((file) =>
      [...read(file).matchAll(/<url>(.*?)<\/url>/gs)].map(([, url = '']) => ({
        loc: /<loc>([^<]*)<\/loc>/.exec(url)?.[1] ?? '',
        alternates: tags(url, 'xhtml:link').map((l) => [l['hreflang'], l['href']]),
      })),
    );

    test('is listed in the sitemap index', () => {
      const index = read('sitemap-index.xml');
      expect(sitemaps.length).toBeGreaterThan(0);
      for (const file of sitemaps) expect(index).toContain(new URL(file, siteRoot).href);
    });

    test('lists every page of both languages, each with its twins as alternates', () => {
      expect(entries.map((e) => e.loc).sort()).toEqual(pages.map(urlOf).sort());
      const wrong = entries.filter((entry) => {
        const file = pages.find((f) => urlOf(f) === entry.loc) ?? '';
        const expected = LANG_IDS.map((lang) => [lang, urlOf(twinOf(file, lang))]);
        return JSON.stringify(entry.alternates.sort()) !== JSON.stringify(expected.sort());
      });
      expect(wrong).toEqual([]);
    });
  });

  describe('OpenSearch, one description per language', () => {
    for (const lang of LANG_IDS) {
      const file = `${LANGS[lang].path}opensearch.xml`;
      test(`${file} searches the ${lang} pages and says its language`, () => {
        expect(existsSync(join(dir, file))).toBe(true);
        const xml = read(file);
        expect(/<Language>([^<]*)<\/Language>/.exec(xml)?.[1]).toBe(lang);
        const template = tags(xml, 'Url').find((u) => u['type'] === 'text/html')?.['template'];
        expect(template).toBe(`${new URL(`${LANGS[lang].path}search/`, siteRoot).href}?q={searchTerms}`);
      });

      test(`every ${lang} page points at ${file}`, () => {
        const href = new URL(file, siteRoot).pathname;
        const wrong = files
          .filter((f) => langOf(f) === lang)
          .filter((f) => tags(read(f), 'link').find((l) => l['rel'] === 'search')?.['href'] !== href);
        expect(wrong).toEqual([]);
      });
    }
  });
});
