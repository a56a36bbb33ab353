// The one script every page runs, loaded after the page's first paint (src/integrations/load-elements.mjs). It defines
// the site's custom elements, whose shells are tiny; what is heavy (the search engine and its index, the decoder, the
// search page's renderer) loads only when used. The pages work without it: with no JavaScript, or when it cannot
// load, the forms submit as plain HTML. What was typed before it runs is read when it does, and wins over the address.
import './site-search';
import './table-filter';
import './copy-link';
import './warning-decoder';
import './language-switch';

// The search page's element loads apart. The loader sends a form sent before then once every element of the page is
// defined (through the element: a paste stays out of the address); if this one cannot load, it is defined bare, so
// the form goes as plain HTML.
if (document.querySelector('search-page'))
  import('./search-page').catch(() => customElements.define('search-page', class extends HTMLElement {}));
