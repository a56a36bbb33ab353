import { expect, type Page } from '@playwright/test';
import type { test } from './site-test';

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

/**
 * In the group it is called in: watches each test's page from its start, and expects no violation at its end. `inTest`
 * is the `test` of the group's tests (their page is the one the hooks watch).
 */
export function expectNoViolations(inTest: Pick<typeof test, 'beforeEach' | 'afterEach'>) {
  let violations: string[] = [];
  inTest.beforeEach(async ({ page }) => {
    violations = await watchViolations(page);
  });
  inTest.afterEach(() => {
    expect(violations).toEqual([]);
  });
}
