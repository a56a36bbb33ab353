import { test } from '../support/site-test';
import { checkFeaturesWithoutViolation, checkStrictPolicy } from '../support/csp';

// The site built with BASE_PATH=/sub/: the same policy, its _headers written with the build's own style hashes.
const DIR = process.env['E2E_SUB_DIR'] ?? 'dist-sub';

test('pages under /sub/ are served with the strict policy, inline styles by hash', async ({ request, page }) => {
  await checkStrictPolicy(request, page, DIR, ['image/face/', 'codes/-1102/', './']);
});

test('under /sub/, search, the table filter, copy link and the decoder work with no CSP violation', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await checkFeaturesWithoutViolation(page);
});
