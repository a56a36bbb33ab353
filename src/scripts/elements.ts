// The one script every page runs, Base.astro's module script (deferred: the page is parsed and may paint before it
// runs). It defines the site's custom elements, whose shells are tiny; what is heavy (the search engine and its index,
// the decoder, the search page's renderer) loads only when used. The pages work without it: with no JavaScript, or
// when it cannot load, the forms submit as plain HTML. What was typed before it runs is read when it does, and wins
// over the address.
import './site-search';
import './table-filter';
import './copy-link';
import './warning-decoder';
import './language-switch';
import { chunk } from './import-chunk';

// The search page's element loads apart; if it cannot load, the page's form goes as plain HTML.
if (document.querySelector('search-page')) chunk(() => import('./search-page'))().catch(() => undefined);
