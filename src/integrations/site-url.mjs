// Build step: the public origin comes from SITE_URL (or `astro build --site <url>`). A production build without it
// stops, rather than publish canonical URLs, a sitemap and an OpenSearch template that point at localhost. The dev
// server and `astro check` fall back to the local origin.
import { AstroError } from 'astro/errors';

/** The origin of `npm start` and `npm run dev` on this machine. */
const LOCAL_SITE = 'http://localhost:4321';

/** @returns {import('astro').AstroIntegration} */
export default function siteUrl() {
  return {
    name: 'site-url',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (config.site) return;
        if (command === 'build') {
          throw new AstroError(
            'SITE_URL is not set: a build needs the public origin of the site, for its canonical URLs, sitemap, OpenSearch template and codes.json.',
            'Set it for the build, e.g. `SITE_URL=https://errcodes.example.com npm run build` (add BASE_PATH=/errcodes/ under a sub-path). To try the site on this machine, run `npm start`.',
          );
        }
        updateConfig({ site: LOCAL_SITE });
      },
    },
  };
}
