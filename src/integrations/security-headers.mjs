// Build step and the one statement of the site's security policy: the Content-Security-Policy (read by
// astro.config.mjs for the <meta> tag Astro writes into every page, and by the tests), and the response headers and
// caching rules written to <outDir>/_headers for hosts that read one (Cloudflare Pages, Netlify), with the base path.
//
// The stylesheet is inlined into every page (astro.config.mjs). Astro puts the hash of each inline <style> in the
// page's <meta> policy as it renders the page; after the build this step reads the built pages (it writes none of
// them), hashes every <style> itself, checks each hash is in its page's <meta>, and writes the same hashes into the
// header's style-src. Astro's <meta> also allows the hashes of its islands' and client directives' code, which the site
// has none of: the header, which allows only the policy's own sources, is the stricter of the two where a host sends it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The hash source ('sha256-…') a browser computes for an inline element whose text is `text`.
 * @param {string} text
 */
function hashSource(text) {
  // The HTML parser turns CR LF and lone CR into LF before the text is hashed (as UTF-8).
  const normalized = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  return `'sha256-${createHash('sha256').update(normalized, 'utf8').digest('base64')}'`;
}

/**
 * The Content-Security-Policy, directive by directive. No inline script: each page's one script is a file of the
 * site's. Pagefind compiles its WebAssembly at run time.
 */
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

/**
 * The policy as one header value, without frame-ancestors, with `styleHashes` (sources such as 'sha256-…', see
 * inlineStyleHashes) added to style-src: what the <meta> tag and the header both enforce.
 * @param {readonly string[]} styleHashes
 */
export function cspPolicy(styleHashes = []) {
  return Object.entries(CSP)
    .map(([name, sources]) => `${name} ${(name === 'style-src' ? [...sources, ...styleHashes] : sources).join(' ')}`)
    .join('; ');
}

/** A <style> element of a page, its text captured. */
export const STYLE_ELEMENT = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;

/**
 * The hash sources of the <style> elements of one page's HTML, in order.
 * @param {string} html
 * @param {(text: string) => string} hashOf how a text is hashed (hashSource, or one that remembers)
 */
export function styleHashesOf(html, hashOf = hashSource) {
  return [...html.matchAll(STYLE_ELEMENT)].map(([, text]) => hashOf(text));
}

/** hashSource, remembering each text's hash: the build's thousands of pages share a few stylesheets. */
function rememberingHashSource() {
  /** @type {Map<string, string>} */
  const known = new Map();
  /** @param {string} text */
  return (text) => {
    let hash = known.get(text);
    if (hash === undefined) known.set(text, (hash = hashSource(text)));
    return hash;
  };
}

const META_POLICY = /<meta\b[^>]*\bhttp-equiv="content-security-policy"[^>]*>/i;

/**
 * The sources of `name` (a directive) in a page's CSP <meta> tag (empty when it has none).
 * @param {string} html
 * @param {string} name
 */
export function metaSources(html, name) {
  const meta = META_POLICY.exec(html)?.[0] ?? '';
  const content = (/\bcontent="([^"]*)"/.exec(meta)?.[1] ?? '').replace(/&#39;|&#x27;|&apos;/g, "'");
  const directive = content
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `));
  return directive ? directive.split(/\s+/).slice(1) : [];
}

/**
 * Every .html file under `dir` (a path or a file: URL), as absolute paths.
 * @param {string | URL} dir
 */
function htmlFilesUnder(dir) {
  const root = typeof dir === 'string' ? dir : fileURLToPath(dir);
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * The hash sources of every inline <style> of the pages built into `dir` (all languages, all page types), deduplicated
 * and sorted. Throws when a page's <style> is missing from the page's own <meta> policy, which would block it.
 * @param {string | URL} dir
 */
export function inlineStyleHashes(dir) {
  /** @type {Set<string>} */
  const hashes = new Set();
  /** @type {string[]} */
  const unlisted = [];
  const hashOf = rememberingHashSource();
  for (const file of htmlFilesUnder(dir)) {
    const html = readFileSync(file, 'utf8');
    const own = styleHashesOf(html, hashOf);
    if (!own.length) continue;
    const meta = metaSources(html, 'style-src');
    for (const hash of own) {
      hashes.add(hash);
      if (!meta.includes(hash)) unlisted.push(`${file}: ${hash}`);
    }
  }
  if (unlisted.length)
    throw new Error(`inline <style> not allowed by its page's CSP <meta> tag:\n${unlisted.slice(0, 10).join('\n')}`);
  return [...hashes].sort();
}

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

/**
 * The Content-Security-Policy header's value, allowing the inline styles of `styleHashes`.
 * @param {readonly string[]} styleHashes
 */
function cspHeader(styleHashes = []) {
  return `${cspPolicy(styleHashes)}; ${FRAME_ANCESTORS}`;
}

/** Headers every response gets besides the Content-Security-Policy (which depends on the build, see cspHeader). */
const HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // Without includeSubDomains or preload: the site may share its domain with others.
  'Strict-Transport-Security': 'max-age=31536000',
  // Nothing on the site uses these; the clipboard (copy link) stays allowed.
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // Another site may link to these files but not embed them (read them from its own pages).
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Caching: five minutes, revalidated, for everything whose name does not change with its content. */
const SHORT_CACHE = 'public, max-age=300, must-revalidate';
/** Caching: a year for content-hashed files, which never change. */
const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/**
 * Headers only a page acts on: the site's other files (scripts, data, WebAssembly, the icon) go without them, about
 * 170 bytes a response less. They keep the CSP: the paste reader's worker (in _astro/) runs under its own response's
 * policy.
 */
const PAGE_ONLY = ['Permissions-Policy', 'Cross-Origin-Opener-Policy'];
/** The site's files that are not pages (folders and single files), relative to the base path. */
const FILE_PATHS = ['_astro/*', 'lookup/*', 'pagefind/*', 'favicon.svg', 'codes.json'];
/** The content-hashed folders, relative to the base path: Astro's assets, the code lookup and Pagefind's index and fragments. */
const IMMUTABLE_PATHS = ['_astro/*', 'lookup/*', 'pagefind/fragment/*', 'pagefind/index/*'];

/**
 * Every response's headers for a build whose inline styles have the hashes `styleHashes`.
 * @param {readonly string[]} styleHashes
 */
export function responseHeaders(styleHashes = []) {
  return { 'Content-Security-Policy': cspHeader(styleHashes), ...HEADERS };
}

/**
 * The _headers file (Cloudflare Pages / Netlify syntax; "! Name" drops a header an earlier rule set) for `base`,
 * allowing the inline styles of `styleHashes`.
 * @param {string} base
 * @param {readonly string[]} styleHashes
 */
function headersFile(base = '/', styleHashes = []) {
  const root = base.endsWith('/') ? base : `${base}/`;
  const lines = [
    '# Written by the build (src/integrations/security-headers.mjs) for the base path ' + root,
    `${root}*`,
    ...Object.entries(responseHeaders(styleHashes)).map(([name, value]) => `  ${name}: ${value}`),
    `  Cache-Control: ${SHORT_CACHE}`,
  ];
  for (const path of FILE_PATHS) lines.push(`${root}${path}`, ...PAGE_ONLY.map((name) => `  ! ${name}`));
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
        const styleHashes = inlineStyleHashes(dir);
        await writeFile(new URL('_headers', dir), headersFile(base, styleHashes));
        logger.info(`wrote _headers for ${base} (${styleHashes.length} inline style hash(es))`);
      },
    },
  };
}
