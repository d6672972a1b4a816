import { sha256Hex } from '../../shared/digest';
import type { Capture } from '../articles/schemas/capture';
import { CleaningTally } from './cleaning-tally';
import { decodeCapture, decodeHtml } from './decode-capture';
import { ACCEPTED_FORMATS, detectMarkdownFormat, looksLikeHtml } from './formats/detect-format';
import type { ConvertedCapture } from './formats/converted-capture';
import { readGlobalResearchMarkdown } from './formats/global-research-markdown';
import { readHtmlPage } from './formats/html-page';
import { pageArticle } from './formats/page-article';
import { readClip } from './formats/web-clipper-markdown';
import { IngestError } from './ingest-error';

export type { ConvertedCapture } from './formats/converted-capture';

const LATIN1 = new TextDecoder('latin1');

/**
 * One single-page capture's bytes (a Global Research Markdown capture, a web clip or a saved HTML page) to the
 * article's frontmatter and cleaned Markdown body. The format is read from the content. Throws IngestError on bad
 * input. A caller that has hashed the bytes already passes the digest in.
 */
export function convertCapture(bytes: Uint8Array, fileName: string, sha256 = sha256Hex(bytes)): ConvertedCapture {
  const capture: Capture = { file: fileName, sha256, bytes: bytes.length };
  // Byte sniffing needs no decoding: every sign of an HTML page is ASCII.
  if (looksLikeHtml(LATIN1.decode(bytes.subarray(0, 4096)))) {
    const html = decodeHtml(bytes);
    const { facts, markdown, tally } = readHtmlPage(html, undefined, () => new CleaningTally());
    return pageArticle(facts, markdown, { ...capture, format: 'html' }, tally);
  }
  const text = decodeCapture(bytes);
  switch (detectMarkdownFormat(text)) {
    case 'web-clipper-markdown': {
      const { facts, markdown } = readClip(text);
      return pageArticle(facts, markdown, { ...capture, format: 'web-clipper-markdown' });
    }
    case 'global-research-markdown':
      // Global Research captures came first: their records keep the shape they had before formats were recorded.
      return readGlobalResearchMarkdown(text, capture);
    default:
      throw new IngestError(`unknown format: the ingest reads ${ACCEPTED_FORMATS}`);
  }
}
