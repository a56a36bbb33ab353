import { expect, test } from '@playwright/test';

test('the face recognition table shows its first code', async ({ page }) => {
  await page.goto('image/face/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('人脸错误码说明');
});
