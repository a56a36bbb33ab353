import { expect, testOnOnePage as test } from '../support/site-test';

// This file runs against the English pages of the site built with BASE_PATH=/sub/ (/sub/en/).
test('decodes from a shared link under the sub-path, with links inside it and its language', async ({
  page,
  baseURL,
}) => {
  const inside = new URL(baseURL ?? '').pathname;
  await page.goto(`decode/?q=${encodeURIComponent('[-9110,-9111]')}`);
  const status = page.locator('warning-decoder').getByRole('status');
  await expect(status).toHaveText('Found 2 warnings, 2 codes.');
  const paths = await page
    .locator('[data-decoder-result] a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(paths.length).toBeGreaterThan(0);
  for (const path of paths) expect(path.startsWith(inside), path).toBe(true);
});
