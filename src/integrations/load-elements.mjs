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
// What is typed before the elements wake up is read when they do (site-search.ts, table-filter.ts, search-page.ts),
// and the keys pressed meanwhile are passed on to them ("/" still focuses the search box); a form sent before then
// waits for them and is sent through them (Enter on a code opens its page, a paste stays out of the address), or as
// plain HTML if they cannot load.
import { readFileSync, writeFileSync } from 'node:fs';
import { htmlFilesUnder } from './built-pages.mjs';

/** The attribute of <html> that holds the address of the elements' script. */
const ELEMENTS_ATTRIBUTE = 'data-elements';

/**
 * The inline script each page runs in place of its module script, written small (it is in every page). Its hash is
 * in the CSP.
 */
export const ELEMENTS_LOADER = [
  // L() imports the elements once; `r` (ready) once they have run and every element of the page is defined (the
  // search page's loads apart), when the keys pressed before (k) are passed on.
  'let l,r,k=[];const a=addEventListener,',
  `L=()=>l??=import(document.documentElement.getAttribute('${ELEMENTS_ATTRIBUTE}')).then(()=>Promise.all([...document.querySelectorAll(':not(:defined)')].map(e=>customElements.whenDefined(e.localName)))).then(()=>{r=1;for(const e of k)e.target.dispatchEvent(new KeyboardEvent(e.type,e))}),`,
  "p=()=>performance.getEntriesByName('first-contentful-paint').length;",
  // A form sent before then waits, and is sent again through the elements (as plain HTML if they fail to load).
  "a('submit',e=>{if(r)return;e.preventDefault();const f=e.target,s=e.submitter;L().then(()=>f.requestSubmit(s),()=>f.submit())},!0);",
  // A key, a pointer or a focus loads them at once; three seconds at the latest.
  "a('keydown',e=>{r||k.push(e);L()},!0);a('pointerdown',L,!0);a('focusin',L,!0);setTimeout(L,3e3);",
  // Otherwise an address with a query, or the first contentful paint (p), or no paint timing in the browser.
  "location.search||p()||!PerformanceObserver.supportedEntryTypes?.includes('paint')?L():new PerformanceObserver(()=>p()&&L()).observe({type:'paint'})",
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
        const pages = htmlFilesUnder(dir);
        for (const file of pages) writeFileSync(file, deferElements(readFileSync(file, 'utf8'), file));
        logger.info(`${pages.length} pages load their elements after the first paint`);
      },
    },
  };
}
