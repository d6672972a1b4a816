import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { CleaningTally } from '../../cleaning-tally';
import '../../vfile-data';

export interface ResolveLinksOptions {
  /** The address relative links resolve against; without one they cannot be followed from the archive. */
  base?: string;
}

/** Set on a link before extraction when its target was a script, so the link is counted as unsafe here. */
export const UNSAFE_HREF_MARK = 'data-ingest-unsafe-href';
const UNSAFE_MARK_PROPERTY = 'dataIngestUnsafeHref';
const KEPT_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

type Outcome =
  { keep: string; resolved: boolean } | { unwrap: 'dead-link-unwrapped' | 'unsafe-link-unwrapped' | 'anchor' };

/**
 * Makes every link in an article absolute and safe: a relative link is resolved against the page's address; a
 * link to nowhere (empty, "#", a place on the page itself) and one with any target but a web or mail address
 * (javascript:, data:, vbscript:, and the like) become their text.
 */
export default function resolveLinks(options: ResolveLinksOptions = {}) {
  return (tree: Root, file: VFile) => {
    const tally = (file.data.cleaning ??= new CleaningTally());
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'a' || !parent || index === undefined) return undefined;
      const outcome = linkOutcome(node, options.base);
      if ('keep' in outcome) {
        node.properties.href = outcome.keep;
        if (outcome.resolved) tally.repaired('relative-link-resolved');
        return undefined;
      }
      if (outcome.unwrap !== 'anchor') tally.repaired(outcome.unwrap);
      parent.children.splice(index, 1, ...node.children);
      return index;
    });
  };
}

function linkOutcome(link: Element, base: string | undefined): Outcome {
  if (link.properties[UNSAFE_MARK_PROPERTY] !== undefined) return { unwrap: 'unsafe-link-unwrapped' };
  const href = link.properties.href;
  if (href === undefined || href === null) return { unwrap: 'anchor' };
  const target = String(href).trim();
  if (target === '' || target.startsWith('#')) return { unwrap: 'dead-link-unwrapped' };
  const absolute = parseUrl(target);
  if (absolute)
    return KEPT_PROTOCOLS.has(absolute.protocol)
      ? { keep: target, resolved: false }
      : { unwrap: 'unsafe-link-unwrapped' };
  const resolved = base ? parseUrl(target, base) : undefined;
  if (!resolved) return { unwrap: 'dead-link-unwrapped' };
  return KEPT_PROTOCOLS.has(resolved.protocol)
    ? { keep: resolved.href, resolved: true }
    : { unwrap: 'unsafe-link-unwrapped' };
}

/** Without throwing: most links on a page are relative, and a thrown error costs more than the parse. */
function parseUrl(target: string, base?: string): URL | undefined {
  return URL.canParse(target, base) ? new URL(target, base) : undefined;
}
