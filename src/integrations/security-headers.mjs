// Build step and the one statement of the site's security policy: the Content-Security-Policy (read by
// astro.config.mjs for the <meta> tag Astro writes into every page, and by the tests), and the response headers and
// caching rules written to <outDir>/_headers for hosts that read one (Cloudflare Pages, Netlify), with the base path.
import { writeFile } from 'node:fs/promises';

/** The Content-Security-Policy, directive by directive. Pagefind compiles its WebAssembly at run time. */
export const CSP = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** Only a response header can carry this directive (browsers ignore it in a <meta> tag). */
export const FRAME_ANCESTORS = "frame-ancestors 'none'";

/** The policy as one header value, without frame-ancestors: what the <meta> tag and the header both enforce. */
export const CSP_POLICY = Object.entries(CSP)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');

/** @typedef {Exclude<NonNullable<NonNullable<import('astro').AstroUserConfig['security']>['csp']>, boolean>} AstroCsp */
/** @typedef {NonNullable<AstroCsp['directives']>[number]} AstroCspDirective */

/**
 * The policy in the shape of Astro's `security.csp` option (Astro adds the hashes of its own scripts).
 * @returns {AstroCsp}
 */
export function astroCsp() {
  const { 'script-src': script, 'style-src': style, ...rest } = CSP;
  return {
    // Each entry starts with a directive name from CSP above, which is what Astro's type asks.
    directives: Object.entries(rest).map(
      ([name, sources]) => /** @type {AstroCspDirective} */ (`${name} ${sources.join(' ')}`),
    ),
    scriptDirective: { resources: script },
    styleDirective: { resources: style },
  };
}

/** Headers every response gets. */
export const HEADERS = {
  'Content-Security-Policy': `${CSP_POLICY}; ${FRAME_ANCESTORS}`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // Without includeSubDomains or preload: the site may share its domain with others.
  'Strict-Transport-Security': 'max-age=31536000',
  // Nothing on the site uses these; the clipboard (copy link) stays allowed.
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Caching: five minutes, revalidated, for everything whose name does not change with its content. */
export const SHORT_CACHE = 'public, max-age=300, must-revalidate';
/** Caching: a year for content-hashed files, which never change. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** The content-hashed folders, relative to the base path: Astro's assets, the code lookup and Pagefind's index and fragments. */
export const IMMUTABLE_PATHS = ['_astro/*', 'lookup/*', 'pagefind/fragment/*', 'pagefind/index/*'];

/** The _headers file (Cloudflare Pages / Netlify syntax; "! Name" drops a header an earlier rule set) for `base`. */
export function headersFile(base = '/') {
  const root = base.endsWith('/') ? base : `${base}/`;
  const lines = [
    '# Written by the build (src/integrations/security-headers.mjs) for the base path ' + root,
    `${root}*`,
    ...Object.entries(HEADERS).map(([name, value]) => `  ${name}: ${value}`),
    `  Cache-Control: ${SHORT_CACHE}`,
  ];
  for (const path of IMMUTABLE_PATHS)
    lines.push(`${root}${path}`, '  ! Cache-Control', `  Cache-Control: ${IMMUTABLE_CACHE}`);
  return `${lines.join('\n')}\n`;
}

/** @returns {import('astro').AstroIntegration} */
export default function securityHeaders() {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(new URL('_headers', dir), headersFile(base));
        logger.info(`wrote _headers for ${base}`);
      },
    },
  };
}
