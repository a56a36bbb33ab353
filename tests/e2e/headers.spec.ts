import { test } from '../support/site-test';
import { checkHostHeaders } from '../support/host-headers';

// The site built at the domain root, served with its generated _headers as a host that reads one would.
test('security headers on pages, immutable caching for hashed files, rules at the root', async ({
  request,
  siteURL,
}) => {
  await checkHostHeaders(request, siteURL, process.env['E2E_ROOT_DIR'] ?? 'dist');
});
