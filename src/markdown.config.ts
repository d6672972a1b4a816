import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import remarkEntityLinks, { type EntityLinkOptions } from './features/entities/remark-entity-links';
import {
  ENTITIES_FOUND_FILE,
  ENTITY_ALIASES_FILE,
  readEntityAliases,
  readFoundNames,
} from './features/entities/load-aliases';
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

const fingerprints = new Map<string, string>();

/**
 * What an article's HTML depends on besides its own file: the names the entity links are made from, and the base
 * its links sit under. Rendered bodies are kept by it (features/markdown/rendered-bodies.ts), so a build under
 * another base, or after `npm run entities`, renders afresh instead of reusing HTML made for other inputs.
 */
export function articlePipelineFingerprint(base = '/'): string {
  const normalBase = base.replace(/\/+$/, '') || '/';
  let fingerprint = fingerprints.get(normalBase);
  if (!fingerprint) {
    const hash = createHash('sha256').update(`base ${normalBase}\n`);
    for (const file of [ENTITY_ALIASES_FILE, ENTITIES_FOUND_FILE]) {
      hash
        .update(`${file}\n`)
        .update(existsSync(file) ? readFileSync(file) : '')
        .update('\n');
    }
    fingerprint = hash.digest('hex').slice(0, 16);
    fingerprints.set(normalBase, fingerprint);
  }
  return fingerprint;
}
