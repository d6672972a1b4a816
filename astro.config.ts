import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeSanitize from 'rehype-sanitize';
import { site } from './src/site.config';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Scripts always ship as files, never inline in the page, so a Content Security Policy can forbid inline script.
      assetsInlineLimit: (file: string) => (file.endsWith('.js') ? false : undefined),
    },
  },
  markdown: {
    processor: unified({
      // The archive shows the capture's own quotes and dashes, never typographic rewrites.
      smartypants: false,
      gfm: true,
      // Capture text is text: raw HTML never becomes markup, and sanitizing is a second fence.
      remarkRehype: { allowDangerousHtml: false },
      rehypePlugins: [rehypeSanitize],
    }),
  },
});
