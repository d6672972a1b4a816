import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { articleMarkdownOptions } from './src/markdown.config';
import bulkFiles from './src/features/bulk-files/integration';
import utf8Preview from './src/features/preview-server/integration';
import { FORMER_ENTITY_INDEX_URL, entityIndexRedirects } from './src/shared/urls';
import { site } from './src/site.config';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  redirects: entityIndexRedirects,
  // The not-found page has no address of its own, and a redirect is not a page, so both stay out of the sitemap.
  integrations: [
    bulkFiles(),
    utf8Preview(),
    sitemap({
      filter: (page) => {
        const { pathname } = new URL(page);
        return !pathname.startsWith('/404') && !pathname.startsWith(FORMER_ENTITY_INDEX_URL);
      },
    }),
  ],
  security: {
    // Astro hashes its own scripts and styles into a <meta> policy; nothing else may run, load or be framed.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "frame-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  vite: {
    build: {
      // Scripts always ship as files, never inline in the page, so a Content Security Policy can forbid inline script.
      assetsInlineLimit: (file: string) => (file.endsWith('.js') ? false : undefined),
    },
  },
  markdown: {
    // Shiki's inline styles would break the Content Security Policy, and captures hold no code to colour.
    syntaxHighlight: false,
    processor: unified(articleMarkdownOptions),
  },
});
