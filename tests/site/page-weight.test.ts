import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { metaSources, styleHashesOf } from '../../src/integrations/security-headers.mjs';
import { LANGS } from '../../src/lib/i18n';
import { PAGE_TYPES } from '../../src/lib/page-types';
import { PAGE_BUDGETS } from '../support/budgets.mjs';
import { checkBudget, pageTypeOf } from '../support/page-weight.mjs';
import { htmlFiles, SITE_DIR } from '../support/site-files';

// Byte budgets (tests/support/budgets.mjs) for what each page sends before anyone interacts: its HTML, its CSS (inline
// in a <style> element, counted as CSS) and the JavaScript it runs on load. Every built page belongs to exactly one page type and is held to its budget.
const pages = htmlFiles();
const typeOf = (page: string) => pageTypeOf(readFileSync(join(SITE_DIR, page), 'utf8'));

describe('byte budgets', () => {
  test('every built page says its page type, every page type has a budget, and pages', () => {
    expect(pages.filter((p) => !(PAGE_TYPES as readonly (string | undefined)[]).includes(typeOf(p)))).toEqual([]);
    expect(Object.keys(PAGE_BUDGETS).sort()).toEqual([...PAGE_TYPES].sort());
    expect(PAGE_TYPES.filter((t) => !pages.some((p) => typeOf(p) === t))).toEqual([]);
  });

  test('the English pages (under en/) are held to the same budgets as the Chinese ones', () => {
    const english = pages.filter((p) => p.startsWith(LANGS.en.path));
    expect(english.length).toBeGreaterThan(0);
    for (const page of english) expect(typeOf(page), page).toEqual(typeOf(page.slice(LANGS.en.path.length)));
  });

  test('no page sends an HTML comment: notes for developers stay in the source', () => {
    expect(pages.filter((p) => readFileSync(join(SITE_DIR, p), 'utf8').includes('<!--'))).toEqual([]);
  });

  test.each(Object.entries(PAGE_BUDGETS))('%s: every page is within its budget', async (type, budget) => {
    const { over, heaviest } = await checkBudget(SITE_DIR, pages, type, budget);
    console.log(`heaviest ${type}: ${JSON.stringify(heaviest)}`);
    expect(over).toEqual([]);
  });
});

describe('what the strict Content-Security-Policy forbids is nowhere in the built pages', () => {
  test('no page has an inline <script> with code in it: its one script is a file', () => {
    const inline = /<script\b(?![^>]*\bsrc=)[^>]*>\s*\S/;
    expect(pages.filter((p) => inline.test(readFileSync(join(SITE_DIR, p), 'utf8')))).toEqual([]);
  });

  // Astro's <meta> policy adds the hashes of its own code (islands, client directives), which the site has none of.
  test("every page's <meta> policy allows the _headers policy's scripts, and other scripts only by hash", () => {
    const header = (/script-src ([^;\n]*)/.exec(readFileSync(join(SITE_DIR, '_headers'), 'utf8'))?.[1] ?? '').split(
      ' ',
    );
    expect(header).toContain("'self'");
    const loose = pages.filter((p) => {
      const meta = metaSources(readFileSync(join(SITE_DIR, p), 'utf8'), 'script-src');
      const others = meta.filter((source) => !header.includes(source));
      return header.some((source) => !meta.includes(source)) || others.some((s) => !s.startsWith("'sha256-"));
    });
    expect(loose).toEqual([]);
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
