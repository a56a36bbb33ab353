// Build step: after Astro writes the site, Pagefind indexes it into <outDir>/pagefind/.
import { join } from 'node:path';
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
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          if (added.page_count === 0) throw new Error('Pagefind found no page to index (no data-pagefind-body?)');
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages into ${join(site, 'pagefind')}`);
        } finally {
          // Pagefind runs as a child process: stop it whatever happened, or the build never exits.
          await pagefind.close();
        }
      },
    },
  };
}
