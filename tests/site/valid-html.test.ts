import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData, type ResolvedConfig } from 'html-validate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { STYLE_ELEMENT } from '../../src/integrations/security-headers.mjs';
import { LANGS } from '../../src/lib/i18n';
import config from '../html-validate.config';
import { htmlFiles, SITE_DIR } from '../support/site-files';

const pages = htmlFiles();

/**
 * What the Nu checker's CSS validator (older than today's CSS) reports in the stylesheet every page carries inline,
 * Tailwind's output, which browsers read: @property (Tailwind's custom properties) and margin-trim (in its reset).
 */
const OUTDATED_CSS_CHECKS = [
  /^CSS: Unrecognized at-rule “@property”\.?$/,
  /^CSS: “margin-trim”: Property “margin-trim” doesn't exist\.?$/,
];

/**
 * A copy of the built pages for the checkers, in which each distinct inline stylesheet stays in the first page that
 * carries it and is emptied in the others: every page is checked, and every stylesheet, but each stylesheet once.
 * Every page carries the same one (Tailwind's output): checking its CSS took four fifths of the Nu checker's time,
 * reading it a quarter of html-validate's. Returns the copy's folder and how many distinct stylesheets it kept. (A
 * column the checkers report after an emptied stylesheet is the copy's, not the built page's.)
 */
function pagesWithEachStylesheetOnce(): { dir: string; stylesheets: number } {
  const dir = mkdtempSync(join(tmpdir(), 'nu-checker-'));
  const kept = new Set<string>();
  for (const page of pages) {
    const html = readFileSync(join(SITE_DIR, page), 'utf8').replace(STYLE_ELEMENT, (element, css: string) => {
      if (!kept.has(css)) {
        kept.add(css);
        return element;
      }
      const textStarts = element.indexOf('>') + 1;
      return element.slice(0, textStarts) + element.slice(textStarts + css.length);
    });
    mkdirSync(dirname(join(dir, page)), { recursive: true });
    writeFileSync(join(dir, page), html);
  }
  return { dir, stylesheets: kept.size };
}

/** The one configuration of every page, resolved once: html-validate's own loader resolves it again for each file. */
class OneConfigLoader extends StaticConfigLoader {
  #resolved: ResolvedConfig | Promise<ResolvedConfig> | undefined;
  override getConfigFor(handle: string, override?: ConfigData) {
    if (override) return super.getConfigFor(handle, override);
    return (this.#resolved ??= super.getConfigFor(handle));
  }
}

let copy: { dir: string; stylesheets: number };
beforeAll(() => {
  copy = pagesWithEachStylesheetOnce();
});
afterAll(() => rmSync(copy.dir, { recursive: true, force: true }));

describe('every built page is valid HTML', () => {
  test('the site has every page to check, in both languages', () => {
    const english = pages.filter((p) => p.startsWith(LANGS.en.path));
    expect(pages.length - english.length).toBeGreaterThan(268 + 17); // a page per code and per table, and more
    expect(english.length).toBeGreaterThan(268 + 17);
  });

  // Minutes on a machine busy with other builds and browsers: the limit only bounds a checker that hangs.
  test('the W3C Nu Html Checker reports no error', { timeout: 900_000 }, () => {
    // vnu-jar exports the jar's path as a String object.
    const jar = String(createRequire(import.meta.url)('vnu-jar'));
    expect(copy.stylesheets).toBeGreaterThan(0);
    // vnu writes its JSON report on stderr and exits 1 when it finds an error: the report says which.
    // A short run: the quick compiler alone and one garbage collector thread halve the checker's CPU time for the same
    // wall time, and the quick compiler's deeper stack needs more room than the checker's 512k.
    const java = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xss16m'];
    const vnu = ['--errors-only', '--skip-non-html', '--format', 'json', copy.dir];
    const run = spawnSync('java', [...java, '-jar', jar, ...vnu], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.error || !run.stderr.trimStart().startsWith('{')) {
      throw new Error(`Could not run the Nu Html Checker (it needs Java): ${run.error?.message ?? run.stderr}`);
    }
    const report: unknown = JSON.parse(run.stderr);
    const messages: unknown[] =
      typeof report === 'object' && report !== null && 'messages' in report && Array.isArray(report.messages)
        ? report.messages
        : [];
    if (messages.length === 0 && run.status !== 0) throw new Error(`The Nu Html Checker failed: ${run.stderr}`);
    const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '?');
    const errors = messages.flatMap((m) => {
      if (typeof m !== 'object' || m === null) return [];
      const { type, url, message, lastLine }: Record<string, unknown> = Object.fromEntries(Object.entries(m));
      if (type !== 'error' && type !== 'non-document-error') return [];
      if (OUTDATED_CSS_CHECKS.some((check) => check.test(text(message)))) return [];
      return [`${text(url).replace(/^file:.*?\/nu-checker-[^/]*\//, '')}:${text(lastLine)} ${text(message)}`];
    });
    expect(errors).toEqual([]);
  });

  test('html-validate reports no error', { timeout: 600_000 }, async () => {
    const validator = new HtmlValidate(new OneConfigLoader(config));
    const report = await validator.validateMultipleFiles(pages.map((p) => join(copy.dir, p)));
    const errors = report.results.flatMap((r) =>
      r.messages.map((m) => `${relative(copy.dir, r.filePath)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(errors).toEqual([]);
  });
});
