import { looksLikeGlobalResearchMarkdown } from './global-research-markdown';
import { looksLikeClip } from './web-clipper-markdown';

/** What a refusal of an unknown format lists, so the person knows what the ingest does read. */
export const ACCEPTED_FORMATS =
  'a Global Research Markdown capture, web-clipper Markdown with YAML frontmatter, a saved HTML page, a WARC (or WARC.gz) or a WACZ';

const HTML_START =
  /^(?:\ufeff|\u00ef\u00bb\u00bf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html\b|html\b|head\b|body\b|meta\b|title\b)/i;

/**
 * A saved page opens with a doctype or an html, head or body tag, perhaps after a comment a saving tool left. The
 * head may be decoded as Latin-1 (a UTF-8 byte-order mark then reads "ï»¿"), since every sign of HTML is ASCII.
 */
export function looksLikeHtml(head: string): boolean {
  return HTML_START.test(head);
}

/** The Markdown formats, told apart by their content; the file name plays no part. */
export function detectMarkdownFormat(text: string): 'web-clipper-markdown' | 'global-research-markdown' | undefined {
  if (looksLikeClip(text)) return 'web-clipper-markdown';
  if (looksLikeGlobalResearchMarkdown(text)) return 'global-research-markdown';
  return undefined;
}
