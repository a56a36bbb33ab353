import { expect, test, type Page } from '@playwright/test';

/**
 * Collects every Content-Security-Policy violation of `page` from now on: the browser's console reports and the
 * page's securitypolicyviolation events. Call before the first goto.
 */
export async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  return violations;
}

/** In the group it is called in: watches each test's page from its start, and expects no violation at its end. */
export function expectNoViolations() {
  let violations: string[] = [];
  test.beforeEach(async ({ page }) => {
    violations = await watchViolations(page);
  });
  test.afterEach(() => {
    expect(violations).toEqual([]);
  });
}
