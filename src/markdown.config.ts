import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import remarkEntityLinks, { type EntityLinkOptions } from './features/entities/remark-entity-links';
import { readEntityAliases, readFoundNames } from './features/entities/load-aliases';
import remarkHeadingAnchors from './features/markdown/heading-anchors';
import remarkParagraphAnchors from './features/markdown/paragraph-anchors';
import remarkRecordBlocks from './features/markdown/article-blocks';

/**
 * How article bodies become HTML on the site. astro.config.ts hands these to Astro's unified processor, and the
 * tests render through the same plugins.
 */

// With raw HTML off, the only ids are the paragraph anchors and remark-rehype's own prefixed footnote ids, so
// sanitizing need not prefix ids again (which would break every #p12 link).
export const articleSanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  clobber: defaultSchema.clobber?.filter((name) => name !== 'id'),
};

/** The pipeline for a site published under `base` (Astro's `base`, "/" unless the build says otherwise). */
export const articleMarkdownOptions = (base = '/'): UnifiedProcessorOptions => ({
  // The archive shows the capture's own quotes and dashes, never typographic rewrites.
  smartypants: false,
  gfm: true,
  // Capture text is text: raw HTML never becomes markup, and sanitizing is a second fence.
  remarkRehype: { allowDangerousHtml: false },
  remarkPlugins: [
    remarkRecordBlocks,
    remarkParagraphAnchors,
    remarkHeadingAnchors,
    [remarkEntityLinks, { aliases: readEntityAliases(), found: readFoundNames(), base } satisfies EntityLinkOptions],
  ],
  rehypePlugins: [[rehypeSanitize, articleSanitizeSchema]],
});
