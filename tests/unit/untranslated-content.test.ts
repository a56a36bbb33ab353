import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Builds the site from tests/fixtures/untranslated-content, whose table image/untranslated.yaml has no English
// meaning in its second row (rows.1 counting from 0), and checks the build stops saying which text to translate.
describe('a build from data with a missing translation', () => {
  it('fails, naming the file, the row and the field', { timeout: 120_000 }, () => {
    const out = mkdtempSync(join(tmpdir(), 'untranslated-build-'));
    const cache = mkdtempSync(join(tmpdir(), 'untranslated-cache-'));
    const result = spawnSync('npx', ['astro', 'build'], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      env: {
        ...process.env,
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        SITE_URL: 'https://example.com',
        CONTENT_DIR: 'tests/fixtures/untranslated-content',
        OUT_DIR: out,
        ASTRO_CACHE_DIR: cache,
      },
      encoding: 'utf8',
    });
    rmSync(out, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain('tests/fixtures/untranslated-content/tables/image/untranslated.yaml');
    expect(output).toContain('rows.1.en.message: the English translation is missing');
  });
});
