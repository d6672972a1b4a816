import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { sha256Hex, sha256OfFile } from '../../shared/digest';
import { systemReason } from '../../shared/system-error';
import { slugify } from '../../shared/slug';
import type { Capture } from '../articles/schemas/capture';
import { preparePage, captureIdentity, type JobContext, type PreparedPage } from './capture-job';
import { CleaningTally } from './cleaning-tally';
import { convertCapture } from './convert-capture';
import { decodeHtml } from './decode-capture';
import { readHtmlPage } from './formats/html-page';
import { pageArticle } from './formats/page-article';
import { IngestError } from './ingest-error';
import type { ArchivedPage } from './web-archive/archived-page';
import { detectContainer } from './web-archive/detect-container';
import { readWacz } from './web-archive/read-wacz';
import { readWarc } from './web-archive/read-warc';

/** Web archives are streamed, so they may be large; past this the ingest refuses rather than copy it into content/. */
export const MAX_ARCHIVE_BYTES = 4 * 1024 ** 3;
const HEAD_BYTES = 512;

export type PreparedFile = { kind: 'unreadable'; reason: string } | { kind: 'pages'; pages: PreparedPage[] };

const unreadable = (error: unknown): PreparedFile => ({
  kind: 'unreadable',
  reason: `cannot read the file: ${systemReason(error)}`,
});

/** Every page a capture file holds, each converted and checked: one for a page's capture, each HTML page of an archive. */
export async function prepareFile(file: string, context: JobContext): Promise<PreparedFile> {
  // Synchronous reads through one descriptor: a run is one capture after another, and the promise API's extra
  // round trips per file cost a fifth of a Global Research run.
  let read: { head: Uint8Array; size: number; bytes?: Buffer };
  try {
    read = readPageOrHead(file);
  } catch (error) {
    return unreadable(error);
  }
  const { head, size, bytes } = read;
  if (!bytes) {
    return { kind: 'pages', pages: await prepareArchive(file, detectContainer(head)!, head, size, context) };
  }
  const sha256 = sha256Hex(bytes);
  const source = { kind: 'bytes' as const, bytes };
  return {
    kind: 'pages',
    pages: [preparePage(file, sha256, source, context, () => convertCapture(bytes, basename(file), sha256))],
  };
}

/** A page's capture is read whole; a web archive only its first bytes, since it is streamed later. */
function readPageOrHead(file: string): { head: Uint8Array; size: number; bytes?: Buffer } {
  const descriptor = openSync(file, 'r');
  try {
    const { size } = fstatSync(descriptor);
    const head = new Uint8Array(Math.min(HEAD_BYTES, size));
    readSync(descriptor, head, 0, head.length, 0);
    if (detectContainer(head)) return { head, size };
    return { head, size, bytes: readFileSync(descriptor) };
  } finally {
    closeSync(descriptor);
  }
}

/**
 * The stored name of a web archive: its own name made safe, with the start of its checksum, so two archives that
 * share a name never share a file and the same archive is always the same file.
 */
export function storedArchiveName(
  fileName: string,
  sha256: string,
  container: 'warc' | 'wacz',
  gzipped: boolean,
): string {
  const stem = fileName.replace(/\.(?:warc(?:\.gz)?|wacz|gz)$/i, '');
  const extension = container === 'wacz' ? 'wacz' : gzipped ? 'warc.gz' : 'warc';
  return `${slugify(stem, 'archive')}-${sha256.slice(0, 12)}.${extension}`;
}

/**
 * A web archive is read whole before any page is kept: one that breaks part-way (cut short, a malformed record) is
 * refused with nothing written, while a page the archive holds intact but the archive cannot use is refused alone.
 */
async function prepareArchive(
  file: string,
  container: 'warc' | 'wacz',
  head: Uint8Array,
  size: number,
  context: JobContext,
): Promise<PreparedPage[]> {
  const refuse = (identity: string, reason: string): PreparedPage[] => [
    { kind: 'refused', label: file, identity, reason },
  ];
  const kind = container === 'wacz' ? 'WACZ' : 'WARC';
  if (size > MAX_ARCHIVE_BYTES) {
    return refuse(file, `the ${kind} is ${size} bytes; web archives are at most ${MAX_ARCHIVE_BYTES} bytes`);
  }
  const sha256 = await sha256OfFile(file);
  const gzipped = head[0] === 0x1f && head[1] === 0x8b;
  const stored = storedArchiveName(basename(file), sha256, container, gzipped);
  const source = { kind: 'archive' as const, path: file, stored };
  const pages: PreparedPage[] = [];
  try {
    const archive = container === 'wacz' ? await readWacz(file) : await readWarc(file);
    const capture: Capture = {
      file: basename(file),
      sha256,
      bytes: size,
      format: container,
      ...(archive.software ? { tool: archive.software } : {}),
      stored,
    };
    for await (const page of archive.pages) {
      const label = `${file}, record ${page.recordId} (${page.targetUri})`;
      const identity = captureIdentity(sha256, page.recordId);
      pages.push(preparePage(label, identity, source, context, () => convertArchivedPage(page, capture)));
    }
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    return refuse(sha256, error.reason);
  }
  return pages;
}

/** One HTML response of a web archive to an article, with the record it came from. */
export function convertArchivedPage(page: ArchivedPage, archive: Capture) {
  const html = decodeHtml(page.payload);
  const { facts, markdown, tally } = readHtmlPage(html, page.targetUri, () => new CleaningTally());
  const capture: Capture = {
    ...archive,
    capturedAt: page.capturedAt,
    record: {
      id: page.recordId,
      targetUri: page.targetUri,
      ...(page.payloadDigest ? { payloadDigest: page.payloadDigest } : {}),
    },
  };
  return pageArticle({ ...facts, title: facts.title ?? page.title }, markdown, capture, tally);
}
