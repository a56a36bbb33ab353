// The one script every page runs, loaded after the page's first paint (src/integrations/load-elements.mjs). It defines
// the site's custom elements, whose shells are tiny; what is heavy (the search engine and its index, the decoder, the
// search page's renderer) loads only when used. The pages work without it: until it runs, the forms submit as plain
// HTML, and what was typed meanwhile is read when it does.
import './site-search';
import './table-filter';
import './copy-link';
import './warning-decoder';
import './language-switch';

// Awaited, so the loader's import of this script settles once the search page's element is defined too: a form sent
// before then is sent again through it, never as plain HTML with the paste in its address.
if (document.querySelector('search-page')) await import('./search-page');
