/** Where the base-path copy of the site is published (tests/e2e/support/base-path-site.ts). */
export const PUBLISHED_BASE = '/aleppo-archive/';
export const PUBLISHED_SITE = 'https://example.org';
