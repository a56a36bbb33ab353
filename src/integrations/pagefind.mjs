// Build step: after Astro writes the site, Pagefind indexes it into <outDir>/pagefind/.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** @returns {import('astro').AstroIntegration} */
export default function pagefindIntegration() {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // Each page is indexed in the language of its <html lang>, into an index of its own: the Chinese pages as
        // zh-cn (Pagefind's extended build segments words like 签名过期), the English ones as en (stemming: "expired"
        // finds "expires"). pagefind.js searches the index of the page it runs on. The English index holds the
        // official Chinese beside the English, but unsplit: a Chinese phrase on an English page is searched in the
        // zh-cn index too (search-engine.ts merges it in). The search ranks a row first when its matches are in the
        // meaning, which CodeTable marks data-pagefind-weight: the English meaning needs the same weight.
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          // Only the pages with a data-pagefind-body (the tables) are indexed: handing Pagefind those alone spares it
          // parsing every code page, most of a large build.
          let count = 0;
          const files = (await readdir(site, { withFileTypes: true, recursive: true }))
            .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
            .map((entry) => join(entry.parentPath, entry.name));
          for (const file of files) {
            const content = await readFile(file, 'utf8');
            if (!content.includes('data-pagefind-body')) continue;
            const added = await index.addHTMLFile({ sourcePath: relative(site, file), content });
            if (added.errors.length > 0)
              throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
            count++;
          }
          if (count === 0) throw new Error('Pagefind found no page to index (no data-pagefind-body?)');
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${count} pages into ${join(site, 'pagefind')}`);
        } finally {
          // Pagefind runs as a child process: stop it whatever happened, or the build never exits.
          await pagefind.close();
        }
      },
    },
  };
}
