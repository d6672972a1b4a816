import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { defineConfig } from 'astro/config';
import { articleMarkdownOptions } from './src/markdown.config';
import bulkFiles from './src/features/bulk-files/integration';
import utf8Preview from './src/features/preview-server/integration';
import { PAGE_POLICY_DIRECTIVES } from './src/features/publishing/host-headers';
import { withBase } from './src/shared/base-path';
import { FORMER_ENTITY_INDEX_URL } from './src/shared/urls';
import { site } from './src/site.config';

/**
 * The path the site is published under. `astro build --base /sub/` overrides the config, so it is known only once
 * Astro has read the command line: the article renderer, whose links must stay inside it, is set up from it then.
 */
let publishedBase = '/';
const basePath: AstroIntegration = {
  name: 'archive:base-path',
  hooks: {
    'astro:config:setup': ({ config, updateConfig }) => {
      publishedBase = config.base;
      updateConfig({ markdown: { processor: unified(articleMarkdownOptions(publishedBase)) } });
    },
  },
};

export default defineConfig({
  // SITE_URL in the environment, else src/site.config.ts (`astro build --site` overrides both).
  site: site.url,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // The not-found page has no address of its own, and a redirect is not a page, so both stay out of the sitemap.
  integrations: [
    basePath,
    bulkFiles(),
    utf8Preview(),
    sitemap({
      filter: (page) => {
        const { pathname } = new URL(page);
        return (
          !pathname.startsWith(withBase('/404', publishedBase)) &&
          !pathname.startsWith(withBase(FORMER_ENTITY_INDEX_URL, publishedBase))
        );
      },
    }),
  ],
  security: {
    // Astro hashes its own scripts and styles into a <meta> policy; nothing else may run, load or be framed.
    csp: {
      // The same directives go out as a header where the host can send one (src/features/publishing/).
      directives: [...PAGE_POLICY_DIRECTIVES],
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
  },
});
