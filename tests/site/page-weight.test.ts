import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ELEMENTS_LOADER } from '../../src/integrations/load-elements.mjs';
import { metaSources, styleHashesOf } from '../../src/integrations/security-headers.mjs';
import { LANGS } from '../../src/lib/i18n';
import { PAGE_TYPES } from '../support/budgets.mjs';
import { checkBudget } from '../support/page-weight.mjs';
import { htmlFiles, SITE_DIR } from '../support/site-files';

// Byte budgets (tests/support/budgets.mjs) for what each page sends before anyone interacts: its HTML, its CSS (inline
// in a <style> element, counted as CSS) and the JavaScript it runs on load. Every built page belongs to exactly one page type and is held to its budget.
const pages = htmlFiles();
const typeOf = (page: string) => PAGE_TYPES.filter((t) => t.pages.test(page));

describe('byte budgets', () => {
  test('every built page has exactly one page type, and every type has pages', () => {
    expect(pages.filter((p) => typeOf(p).length !== 1)).toEqual([]);
    expect(PAGE_TYPES.filter((t) => !pages.some((p) => t.pages.test(p))).map((t) => t.type)).toEqual([]);
  });

  test('the English pages (under en/) are held to the same budgets as the Chinese ones', () => {
    const english = pages.filter((p) => p.startsWith(LANGS.en.path));
    expect(english.length).toBeGreaterThan(0);
    for (const page of english) expect(typeOf(page), page).toEqual(typeOf(page.slice(LANGS.en.path.length)));
  });

  test('no page sends an HTML comment: notes for developers stay in the source', () => {
    expect(pages.filter((p) => readFileSync(join(SITE_DIR, p), 'utf8').includes('<!--'))).toEqual([]);
  });

  test.each(PAGE_TYPES)('$type: every page is within its budget', (budget) => {
    const { over, heaviest } = checkBudget(SITE_DIR, pages, budget);
    console.log(`heaviest ${budget.type}: ${JSON.stringify(heaviest)}`);
    expect(over).toEqual([]);
  });
});

describe('what the strict Content-Security-Policy forbids is nowhere in the built pages', () => {
  test("no page has an inline <script> other than the elements' loader (allowed by its hash)", () => {
    const inline = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
    const others = pages.filter((p) =>
      [...readFileSync(join(SITE_DIR, p), 'utf8').matchAll(inline)].some(([, text]) => text !== ELEMENTS_LOADER),
    );
    expect(others).toEqual([]);
  });

  test("every page's <meta> policy allows exactly the scripts the _headers policy allows", () => {
    const header = /script-src ([^;\n]*)/.exec(readFileSync(join(SITE_DIR, '_headers'), 'utf8'))?.[1] ?? '';
    expect(header.split(' ')).toContain("'self'");
    const differing = pages.filter(
      (p) => metaSources(readFileSync(join(SITE_DIR, p), 'utf8'), 'script-src').join(' ') !== header,
    );
    expect(differing).toEqual([]);
  });

  test.each([
    ['a style attribute', /<[a-z][^>]*\sstyle=/],
    ['an on… event-handler attribute', /<[a-z][^>]*\son[a-z]+=/],
    ['a javascript: URL', /\s(?:href|src|action)="\s*javascript:/i],
  ])('no page has %s', (_, pattern) => {
    expect(pages.filter((p) => pattern.test(readFileSync(join(SITE_DIR, p), 'utf8')))).toEqual([]);
  });
});

describe('an inline <style> is allowed by hash, by the <meta> policy and by the header', () => {
  const headerStyleSources = () => {
    const policy = /^\s*Content-Security-Policy:\s*(.*)$/m.exec(readFileSync(join(SITE_DIR, '_headers'), 'utf8'))?.[1];
    const directive = (policy ?? '')
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('style-src '));
    return directive ? directive.split(/\s+/).slice(1) : [];
  };

  test('the stylesheet is inline: every page has a <style> element and links no stylesheet', () => {
    const read = (p: string) => readFileSync(join(SITE_DIR, p), 'utf8');
    expect(pages.filter((p) => styleHashesOf(read(p)).length === 0)).toEqual([]);
    expect(pages.filter((p) => /<link\b[^>]*\brel="stylesheet"/.test(read(p)))).toEqual([]);
  });

  test("every <style> element's hash is in its page's CSP <meta> tag and in the _headers policy", () => {
    const header = headerStyleSources();
    expect(header).toContain("'self'");
    const missing = pages.flatMap((p) => {
      const html = readFileSync(join(SITE_DIR, p), 'utf8');
      const meta = metaSources(html, 'style-src');
      return styleHashesOf(html).flatMap((hash) => [
        ...(meta.includes(hash) ? [] : [`${p}: ${hash} not in the <meta> policy`]),
        ...(header.includes(hash) ? [] : [`${p}: ${hash} not in the _headers policy`]),
      ]);
    });
    expect(missing).toEqual([]);
  });

  test('nothing else loosens style-src: no unsafe-inline, no hash without a <style> it allows', () => {
    const all = new Set(pages.flatMap((p) => styleHashesOf(readFileSync(join(SITE_DIR, p), 'utf8'))));
    const header = headerStyleSources();
    expect(header).not.toContain("'unsafe-inline'");
    expect(header.filter((s) => s.startsWith("'sha256-") && !all.has(s))).toEqual([]);
  });
});
