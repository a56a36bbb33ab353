// Build step: every page loads the site's elements (src/scripts/elements.ts) after its first paint, not beside it.
// A module script in the page is fetched while the page is parsed, and Lighthouse's simulated LCP counts every
// request that ended before the page painted: one round trip more than the bare page. So after the build, each
// page's one module script (Base.astro's) becomes the small inline loader below, and its address moves to the
// page's <html data-elements>. The loader's text never changes, so its hash is known before the build: the CSP
// (src/integrations/security-headers.mjs) allows it in the header and in the <meta> tag alike.
//
// The loader imports the elements once, at the first of:
// - the first contentful paint (at once if it already happened, or when the browser has no paint timing);
// - a key, a pointer or a focus on the page (whoever acts before the paint does not wait for it);
// - an address with a query (?q=, ?filter=): what the page then shows is the script's work;
// - three seconds (a page opened in the background paints only when shown).
// What is typed before the elements wake up is read when they do (site-search.ts, table-filter.ts), and the keys
// pressed meanwhile are passed on to them ("/" still focuses the search box); a form sent before then waits for them
// and is sent through them (Enter on a code opens its page, a paste stays out of the address), or as plain HTML if
// they cannot load.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The attribute of <html> that holds the address of the elements' script. */
const ELEMENTS_ATTRIBUTE = 'data-elements';

/** The inline script each page runs in place of its module script, written small. Its hash is in the CSP. */
export const ELEMENTS_LOADER = [
  // load() imports the elements once; `ready` once they have run, when the keys pressed before are passed on to them.
  `let loading,ready,keys=[];const load=()=>loading??=import(document.documentElement.getAttribute('${ELEMENTS_ATTRIBUTE}')).then(()=>{ready=1;for(const e of keys)e.target.dispatchEvent(new KeyboardEvent(e.type,e))});`,
  // A form sent before then waits, and is sent again through the elements (as plain HTML if they fail to load).
  "addEventListener('submit',e=>{if(ready)return;e.preventDefault();const f=e.target,s=e.submitter;load().then(()=>f.requestSubmit(s),()=>f.submit())},!0);",
  // A key, a pointer or a focus loads them at once; three seconds at the latest.
  "addEventListener('keydown',e=>{if(!ready)keys.push(e),load()},!0);",
  "for(const t of['pointerdown','focusin'])addEventListener(t,load,{capture:!0,once:!0});setTimeout(load,3e3);",
  // Otherwise an address with a query, or the first contentful paint (or no paint timing in the browser).
  "const painted=()=>performance.getEntriesByName('first-contentful-paint').length;",
  "location.search||painted()||!PerformanceObserver.supportedEntryTypes?.includes('paint')?load():new PerformanceObserver(()=>painted()&&load()).observe({type:'paint'});",
].join('');

/** The module script Astro writes for Base.astro's <script> (type and src only: it has no other attribute). */
const MODULE_SCRIPT = /<script type="module" src="([^"<>]+)"><\/script>/g;

/**
 * A built page with its module script swapped for the loader, the script's address on <html data-elements>.
 * Throws, naming `file`, unless the page has exactly one module script and an <html> tag.
 * @param {string} html
 * @param {string} file
 */
export function deferElements(html, file) {
  const scripts = [...html.matchAll(MODULE_SCRIPT)];
  if (scripts.length !== 1 || !/<html\b/.test(html))
    throw new Error(`${file}: expected one <html> and one module script (Base.astro's), found ${scripts.length}`);
  const [tag, src] = /** @type {RegExpExecArray} */ (scripts[0]);
  return html
    .replace(tag, () => `<script type="module">${ELEMENTS_LOADER}</script>`)
    .replace(/<html\b/, () => `<html ${ELEMENTS_ATTRIBUTE}="${src}"`);
}

/**
 * The address of the elements' script a built page names (undefined when it names none).
 * @param {string} html
 */
export function elementsScriptOf(html) {
  return new RegExp(`<html\\b[^>]*\\b${ELEMENTS_ATTRIBUTE}="([^"]+)"`).exec(html)?.[1];
}

/** @returns {import('astro').AstroIntegration} */
export default function loadElements() {
  return {
    name: 'load-elements',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = readdirSync(root, { withFileTypes: true, recursive: true }).filter(
          (entry) => entry.isFile() && entry.name.endsWith('.html'),
        );
        for (const page of pages) {
          const file = join(page.parentPath, page.name);
          writeFileSync(file, deferElements(readFileSync(file, 'utf8'), file));
        }
        logger.info(`${pages.length} pages load their elements after the first paint`);
      },
    },
  };
}
