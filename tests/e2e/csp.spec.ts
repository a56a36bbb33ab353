import { test } from '../support/site-test';
import { checkFeaturesWithoutViolation, checkStrictPolicy } from '../support/csp';

// The site built at the domain root (the same checks run under /sub/ in csp.sub.spec.ts).
const DIR = process.env['E2E_ROOT_DIR'] ?? 'dist';

test('pages are served with the strict policy, in the header and in the <meta> tag, inline styles by hash', async ({
  request,
  page,
}) => {
  await checkStrictPolicy(request, page, DIR, ['image/face/', 'codes/-1102/', './']);
});

test('search, the table filter, copy link and the decoder work with no CSP violation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await checkFeaturesWithoutViolation(page);
});
