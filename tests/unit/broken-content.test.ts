import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Builds the site from tests/fixtures/broken-content, whose table image/broken.yaml has the code "12a" in its
// third row (rows.2 counting from 0), and checks the build stops with a message a person can act on.
describe('a build from malformed data', () => {
  it('fails, naming the file, the row, the field and the bad value', { timeout: 120_000 }, () => {
    const out = mkdtempSync(join(tmpdir(), 'broken-build-'));
    const result = spawnSync('npx', ['astro', 'build'], {
      cwd: new URL('../..', import.meta.url).pathname,
      env: { ...process.env, CONTENT_DIR: 'tests/fixtures/broken-content', OUT_DIR: out },
      encoding: 'utf8',
    });
    rmSync(out, { recursive: true, force: true });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain('tests/fixtures/broken-content/tables/image/broken.yaml');
    expect(output).toContain('rows.2.codes.0');
    expect(output).toContain('"12a" is not a code');
  });
});
