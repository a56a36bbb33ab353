import { withBase } from './paths';

/**
 * The site's languages: 简体中文 at the root (today's addresses), English under /en/. `path` is the folder of the
 * language's pages inside the site, `content` the key of its texts in the content files (`zh` is the official
 * wording, `en` this site's translation), `pagefind` the language Pagefind indexes the pages as.
 */
export const LANGS = {
  'zh-CN': { path: '', content: 'zh', name: '简体中文', pagefind: 'zh-cn' },
  en: { path: 'en/', content: 'en', name: 'English', pagefind: 'en' },
} as const;

export type Lang = keyof typeof LANGS;

/** The languages in the order the site lists them; the first is the root's. */
export const LANG_IDS = Object.keys(LANGS) as [Lang, ...Lang[]];

/** A language of the content's texts ("zh", "en"): the one each site language reads. */
export type ContentLang = (typeof LANGS)[Lang]['content'];

/** The content languages, in the site's order. */
export const CONTENT_LANGS = LANG_IDS.map((lang) => LANGS[lang].content) as [ContentLang, ...ContentLang[]];

/**
 * The language Tencent's documents are written in first: the site's translations are made from it, and it is the only
 * language a text may lack (a cell Tencent's Chinese leaves empty is shown as empty, never translated into).
 */
export const SOURCE_LANG: ContentLang = 'zh';

/** The site language whose pages read content language `content`: what an element's `lang` attribute says. */
export const langOfContent = (content: ContentLang): Lang =>
  LANG_IDS.find((lang) => LANGS[lang].content === content) ?? DEFAULT_LANG;

/** The `lang` attribute of a text in content language `content` on a page in `page`: none when it is the page's own. */
export const langAttribute = (content: ContentLang, page: Lang): Lang | undefined =>
  content === LANGS[page].content ? undefined : langOfContent(content);

/** The language of the root pages, and of `x-default`. */
export const DEFAULT_LANG: Lang = 'zh-CN';

/** Narrows a string (an attribute, a route parameter) to a language; anything else is the default language. */
export function asLang(value: string | undefined): Lang {
  return value !== undefined && Object.hasOwn(LANGS, value) ? (value as Lang) : DEFAULT_LANG;
}

/** Where a language's pages start: "/" and "/en/" (or "/sub/" and "/sub/en/"). */
export function langRoot(base: string, lang: Lang): string {
  return withBase(base, LANGS[lang].path);
}

/** The language a page of the site is in, from its path (with the base). */
export function langOfPath(base: string, pathname: string): Lang {
  const inside = pathname.startsWith(withBase(base)) ? pathname.slice(withBase(base).length) : pathname;
  return LANG_IDS.find((lang) => LANGS[lang].path !== '' && inside.startsWith(LANGS[lang].path)) ?? DEFAULT_LANG;
}

/** The same page in language `to`: "/sub/codes/-1102/" → "/sub/en/codes/-1102/", and back. */
export function twinPath(base: string, pathname: string, to: Lang): string {
  const root = withBase(base);
  const inside = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\/+/, '');
  const prefix = LANGS[langOfPath(base, pathname)].path;
  return langRoot(base, to) + inside.slice(prefix.length);
}

/** A text with `{name}` placeholders filled from `values`; a placeholder without a value stays as it is. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A text that depends on a count: English has "one" and "other"; Chinese only "other". */
export interface Plural {
  one?: string;
  other: string;
}

/** Each language's plural rules, made once: a build formats a count on every one of thousands of pages. */
const pluralRules = new Map<Lang, Intl.PluralRules>();

/** The form of `text` for the count `n` in `lang`, with `{n}` filled in. */
export function plural(lang: Lang, text: Plural, n: number, values: Record<string, string | number> = {}): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  const form = rules.select(n) === 'one' && text.one !== undefined ? text.one : text.other;
  return format(form, { n: String(n), ...values });
}

/** The route parameter `[...lang]` of a language's pages: none at the root, "en" for English. */
export function langParam(lang: Lang): string | undefined {
  return LANGS[lang].path.replace(/\/$/, '') || undefined;
}

/** getStaticPaths of a page that exists once per language (the page reads its language from Astro.locals). */
export function langPaths() {
  return LANG_IDS.map((lang) => ({ params: { lang: langParam(lang) } }));
}
