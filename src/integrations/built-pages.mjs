// The pages of a build, for the build steps that read or rewrite them after Astro has written them.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Every .html file under `dir` (a path or a file: URL), as absolute paths.
 * @param {string | URL} dir
 */
export function htmlFilesUnder(dir) {
  const root = typeof dir === 'string' ? dir : fileURLToPath(dir);
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}
