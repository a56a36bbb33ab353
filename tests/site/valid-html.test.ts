import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
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
    // vnu writes its JSON report on stderr and exits 1 when it finds an error: the report says which.
    const run = spawnSync('java', ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'json', SITE_DIR], {
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
      return [`${text(url).replace(/^file:.*?\/dist[^/]*\//, '')}:${text(lastLine)} ${text(message)}`];
    });
    expect(errors).toEqual([]);
  });

  test('html-validate reports no error', { timeout: 600_000 }, async () => {
    const validator = new HtmlValidate(config);
    const report = await validator.validateMultipleFiles(pages.map((p) => join(SITE_DIR, p)));
    const errors = report.results.flatMap((r) =>
      r.messages.map((m) => `${r.filePath}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(errors).toEqual([]);
  });
});
