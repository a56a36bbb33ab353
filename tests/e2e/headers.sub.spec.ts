import { test } from '../support/site-test';
import { checkHostHeaders } from '../support/host-headers';

// The site built with BASE_PATH=/sub/: its _headers rules must name /sub/… so a host applies them there.
test('security headers on pages, immutable caching for /sub/_astro/*, rules under /sub/', async ({
  request,
  siteURL,
}) => {
  await checkHostHeaders(request, siteURL, process.env['E2E_SUB_DIR'] ?? 'dist-sub');
});
