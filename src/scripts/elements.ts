// The one script every page runs on load. It defines the site's custom elements, whose shells are tiny; what is
// heavy (the search engine and its index, the decoder, the search page's renderer) loads only when used. One
// entry means one request, which keeps the first paint from waiting on several small scripts.
import './site-search';
import './table-filter';
import './copy-link';
import './warning-decoder';
import './language-switch';

if (document.querySelector('search-page')) void import('./search-page');
