import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pageWeight } from '../support/page-weight.mjs';
import { htmlFiles, SITE_DIR } from '../support/site-files';

// Byte budgets (gzip, 1 KB = 1000 bytes) for what each page sends before anyone interacts: its HTML, its CSS and
// the JavaScript it runs on load. Every built page belongs to exactly one page type and is held to its budget.
const KB = 1000;
const PAGE_TYPES: { type: string; pages: RegExp; total: number; css: number; js: number }[] = [
  { type: 'table page', pages: /^(image|faceid)\/[^/]+\/index\.html$/, total: 15 * KB, css: 8 * KB, js: 4 * KB },
  { type: 'code page', pages: /^codes\/-?\d+\/index\.html$/, total: 12 * KB, css: 8 * KB, js: 4 * KB },
  // Lists all 268 codes with a meaning each: the HTML grows with the data.
  { type: 'list of all codes', pages: /^codes\/index\.html$/, total: 20 * KB, css: 8 * KB, js: 4 * KB },
  { type: 'search page', pages: /^search\/index\.html$/, total: 15 * KB, css: 8 * KB, js: 4 * KB },
  { type: 'decoder page', pages: /^decode\/index\.html$/, total: 15 * KB, css: 8 * KB, js: 4 * KB },
  { type: 'home, about and 404', pages: /^(index|about\/index|404)\.html$/, total: 12 * KB, css: 8 * KB, js: 4 * KB },
];

const pages = htmlFiles();
const typeOf = (page: string) => PAGE_TYPES.filter((t) => t.pages.test(page));

describe('byte budgets', () => {
  test('every built page has exactly one page type, and every type has pages', () => {
    expect(pages.filter((p) => typeOf(p).length !== 1)).toEqual([]);
    expect(PAGE_TYPES.filter((t) => !pages.some((p) => t.pages.test(p))).map((t) => t.type)).toEqual([]);
  });

  test.each(PAGE_TYPES)('$type: every page is within its budget', ({ type, pages: pattern, total, css, js }) => {
    const over: string[] = [];
    const figures: { page: string; html: number; css: number; js: number; total: number }[] = [];
    for (const page of pages.filter((p) => pattern.test(p))) {
      const weight = pageWeight(SITE_DIR, `/${page.replace(/index\.html$/, '')}`);
      figures.push({ page, html: weight.html, css: weight.css, js: weight.js, total: weight.total });
      if (weight.total > total) over.push(`${page}: ${weight.total} B in all, budget ${total} B`);
      if (weight.css > css) over.push(`${page}: ${weight.css} B of CSS, budget ${css} B`);
      if (weight.js > js) over.push(`${page}: ${weight.js} B of JavaScript on load, budget ${js} B`);
    }
    const heaviest = figures.sort((a, b) => b.total - a.total)[0];
    console.log(`heaviest ${type}: ${JSON.stringify(heaviest)}`);
    expect(over).toEqual([]);
  });
});

describe('what the strict Content-Security-Policy forbids is nowhere in the built pages', () => {
  test.each([
    ['an inline <script> with code in it', /<script\b(?![^>]*\bsrc=)[^>]*>\s*\S/],
    ['a <style> element', /<style\b/],
    ['a style attribute', /<[a-z][^>]*\sstyle=/],
    ['an on… event-handler attribute', /<[a-z][^>]*\son[a-z]+=/],
    ['a javascript: URL', /\s(?:href|src|action)="\s*javascript:/i],
  ])('no page has %s', (_, pattern) => {
    expect(pages.filter((p) => pattern.test(readFileSync(join(SITE_DIR, p), 'utf8')))).toEqual([]);
  });
});
