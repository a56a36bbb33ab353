import { test } from '@playwright/test';
import { checkHostHeaders } from '../support/host-headers';

// The site built at the domain root, served with its generated _headers as a host that reads one would.
test('security headers on pages, immutable caching for hashed files, rules at the root', async ({
  request,
  baseURL,
}) => {
  await checkHostHeaders(request, baseURL ?? '', process.env['E2E_ROOT_DIR'] ?? 'dist');
});
