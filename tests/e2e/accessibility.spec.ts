import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './support/built-site';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const pages = builtPages().map(({ path }) => (path.endsWith('404.html') ? '/404.html' : path));

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility in the ${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    // One page walks the whole site: a test per page spent most of its time opening a browser context.
    test('no built page has an axe violation', async ({ page }) => {
      test.setTimeout(30_000 + pages.length * 10_000);
      expect(pages.length).toBeGreaterThan(10);
      for (const path of pages) {
        await page.goto(path);
        // The site has no frames: legacy mode runs axe in the page itself, where the default mode opens and
        // loads a blank page for every analysis to merge the frames' results, doubling the cost of the walk.
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode().analyze();
        expect
          .soft(
            violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`),
            `axe violations on ${path}`,
          )
          .toEqual([]);
      }
    });
  });
}
