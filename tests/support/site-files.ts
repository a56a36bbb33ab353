import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The built site the site tests read: SITE_DIR, or dist/ (what `npm test` builds first). */
export const SITE_DIR = process.env['SITE_DIR'] ?? 'dist';

/** Every .html file of the built site, as paths relative to SITE_DIR, sorted. */
export function htmlFiles(dir = SITE_DIR): string[] {
  if (!existsSync(dir)) throw new Error(`${dir}/ is missing: build the site first (npm run build).`);
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.html') ? [join(d, e.name)] : [],
    );
  return walk(dir)
    .map((f) => relative(dir, f))
    .sort();
}
