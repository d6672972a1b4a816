import { expect, test } from '@playwright/test';
import { builtPages } from './support/built-site';

const pages = [
  ...builtPages().map(({ path }) => (path.endsWith('404.html') ? '/404.html' : path)),
  '/search/?q=aleppo',
  '/search/?q=zzxqv',
];

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
});

for (const path of pages) {
  test(`${path} runs under its Content Security Policy without a violation`, async ({ page }) => {
    await page.goto(path);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    const scriptSrc = /script-src ([^;]*)/.exec(policy ?? '')?.[1] ?? '';
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain('unsafe-inline');
    if (path.startsWith('/search/?q=')) await expect(page.locator('#search-status')).not.toBeEmpty();
    await page.locator('#site-search').focus();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    // No inline event handler anywhere: the policy would block it, and the feature would silently break.
    const handlers = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((element) =>
        element
          .getAttributeNames()
          .filter((name) => name.startsWith('on'))
          .map((name) => `${element.tagName} ${name}`),
      ),
    );
    expect(handlers).toEqual([]);
  });
}
