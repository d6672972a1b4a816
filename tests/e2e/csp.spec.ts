import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtPages } from './support/built-site';

const pages = [
  ...builtPages().map(({ path }) => (path.endsWith('404.html') ? '/404.html' : path)),
  '/search/?q=aleppo',
  '/search/?q=zzxqv',
];

test('every page runs under its Content Security Policy without a violation', async ({ page }) => {
  test.setTimeout(30_000 + pages.length * 10_000);
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  for (const path of pages) {
    await page.goto(path);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    const scriptSrc = /script-src ([^;]*)/.exec(policy ?? '')?.[1] ?? '';
    expect.soft(scriptSrc, `script-src of ${path}`).toContain("'self'");
    expect.soft(scriptSrc, `script-src of ${path}`).not.toContain('unsafe-inline');
    if (path.startsWith('/search/?q=')) await expect.soft(page.locator('#search-status'), path).not.toBeEmpty();
    await page.locator('#site-search').focus();
    if (path.startsWith('/search/')) {
      await page.waitForLoadState('networkidle');
    } else {
      // The first focus prefetches the search manifest: the one request a page makes after it has loaded, unless
      // the policy blocks it.
      await page.waitForFunction(
        () =>
          (window as unknown as { cspViolations: string[] }).cspViolations.length > 0 ||
          performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/search/manifest.json')),
        undefined,
        { timeout: 10_000 },
      );
    }
    expect
      .soft(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), path)
      .toEqual([]);
    // No inline event handler anywhere: the policy would block it, and the feature would silently break.
    const handlers = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((element) =>
        element
          .getAttributeNames()
          .filter((name) => name.startsWith('on'))
          .map((name) => `${element.tagName} ${name}`),
      ),
    );
    expect.soft(handlers, `inline event handlers on ${path}`).toEqual([]);
  }
});

test('the policy hosts send as a header (dist/_headers, deploy/nginx.conf) is each page’s, and forbids framing', () => {
  const directives = (policy: string) =>
    policy
      .split(';')
      .map((directive) => directive.trim().replace(/\s+/g, ' '))
      .filter(Boolean);
  // Astro adds each page's own script and style hashes to its <meta> policy; a header serves every page alike.
  const perPage = (directive: string) => /^(script|style)-src /.test(directive);
  const headers = readFileSync('dist/_headers', 'utf8');
  const fromHeaders = /^\/\*\n(?: {2}.*\n)*? {2}Content-Security-Policy: (.*)$/m.exec(headers)?.[1] ?? '';
  const fromNginx = /add_header Content-Security-Policy "([^"]*)"/.exec(readFileSync('deploy/nginx.conf', 'utf8'))?.[1];
  expect(fromNginx).toBe(fromHeaders);
  const header = directives(fromHeaders);
  expect(header).toContain("frame-ancestors 'none'");
  const shared = header.filter((directive) => !perPage(directive) && !directive.startsWith('frame-ancestors'));
  for (const { path, html } of builtPages()) {
    const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(
      directives(meta).filter((directive) => !perPage(directive)),
      path,
    ).toEqual(shared);
  }
});
