import type {} from '@astrojs/markdown-remark';
import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import type { EntityAliasFile, FoundNamesFile } from './schema';
import { anchoredParagraphs } from '../markdown/paragraph-anchors';
import { buildAliasTable } from './aliases';
import { entityMatcher, findArticleEntities, type ArticleEntity } from './article-entities';
import type { SpellingMatcher } from './mentions';
import { withBase } from '../../shared/base-path';
import { entityPath, entityUrl } from '../../shared/urls';

/**
 * remark plugin: finds the known people, organisations and places an article names (reviewed in
 * content/entities.yaml, or found by `npm run entities` in content/entities-found.yaml), stores them with the rendered
 * article (Astro keeps them with the rendered entry, read through `renderedRecord`, so the index pages need not
 * look again), and links the first mention of each in every section to its index page.
 *
 * The two files come in as the plugin's options rather than being read here: Astro fingerprints its config,
 * options included, so editing either makes Astro render the articles afresh instead of serving stale links.
 */

export interface EntityLinkOptions {
  aliases: EntityAliasFile;
  found?: FoundNamesFile;
  /** The path the site is published under (Astro's `base`): the links must stay inside it. */
  base?: string;
}

/** Where the plugin leaves its findings in the rendered article's frontmatter. */
export const STORED_ENTITIES_KEY = 'entities';

/** Nothing inside these is linked: existing links, headings, and text that is not prose. */
const NOT_LINKED_INSIDE = new Set(['link', 'linkReference', 'heading', 'tableCell', 'image', 'imageReference']);

/**
 * Wraps the first mention of each entity in each section (sections are delimited by level-two headings; a body
 * without them is one section) in a link. The text is never changed: a text node is only cut around an exact span,
 * and the span becomes the link's text.
 */
export function linkFirstMentions(
  tree: Root,
  matcher: SpellingMatcher,
  urlOf: (slug: string) => string = entityUrl,
): void {
  let linkedInSection = new Set<string>();
  const edits: { parent: Parent; node: Text; replacement: PhrasingContent[] }[] = [];
  for (const block of tree.children) {
    if (block.type === 'heading' && block.depth <= 2) linkedInSection = new Set();
    visitParents(block, 'text', (node, ancestors) => {
      if (!ancestors.some((ancestor) => ancestor.type === 'paragraph')) return;
      if (ancestors.some((ancestor) => NOT_LINKED_INSIDE.has(ancestor.type))) return;
      const replacement: PhrasingContent[] = [];
      let at = 0;
      for (const match of matcher(node.value)) {
        if (linkedInSection.has(match.slug)) continue;
        linkedInSection.add(match.slug);
        if (match.start > at) replacement.push({ type: 'text', value: node.value.slice(at, match.start) });
        replacement.push({
          type: 'link',
          url: urlOf(match.slug),
          children: [{ type: 'text', value: node.value.slice(match.start, match.end) }],
        });
        at = match.end;
      }
      if (replacement.length === 0) return;
      if (at < node.value.length) replacement.push({ type: 'text', value: node.value.slice(at) });
      edits.push({ parent: ancestors.at(-1) as Parent, node, replacement });
    });
  }
  for (const { parent, node, replacement } of edits) {
    parent.children.splice(parent.children.indexOf(node), 1, ...replacement);
  }
}

export default function remarkEntityLinks(options: EntityLinkOptions) {
  const table = buildAliasTable(options.aliases, options.found);
  return (tree: Root, file: VFile) => {
    const { entities } = findArticleEntities(anchoredParagraphs(tree), table);
    const astro = (file.data.astro ??= {});
    astro.frontmatter = { ...astro.frontmatter, [STORED_ENTITIES_KEY]: entities };
    linkFirstMentions(tree, entityMatcher(entities), (slug) => withBase(entityPath(slug), options.base ?? '/'));
  };
}

/** The entities the plugin stored with a rendered article. */
export function storedEntities(articleId: string, frontmatter: Record<string, unknown>): ArticleEntity[] {
  const stored = frontmatter[STORED_ENTITIES_KEY];
  if (!Array.isArray(stored)) {
    throw new Error(
      `Article "${articleId}" was rendered without remark-entity-links; delete node_modules/.astro/ so Astro renders it again.`,
    );
  }
  return stored as ArticleEntity[];
}
