import { createReadStream } from 'node:fs';
import { IngestError } from '../ingest-error';
import type { ArchivedPage, WebArchive } from './archived-page';
import { htmlPages, isHtmlResponse, type PageTally } from './html-pages';
import { readWarcRecords } from './record-stream';
import { warcinfoSoftware } from './warc-fields';

/**
 * Opens a WARC (plain or .warc.gz, told apart by its first bytes) for reading. Resolves once its first record
 * has been read for the software that wrote it; rejects with an IngestError when that record is broken. Each
 * pass over `pages` streams the file again.
 */
export async function readWarc(path: string): Promise<WebArchive> {
  const software = await withFileStream(path, (stream) => warcinfoSoftware(stream));
  const archive: WebArchive = { pages: { [Symbol.asyncIterator]: () => warcPages(path) } };
  if (software) archive.software = software;
  return archive;
}

async function* warcPages(path: string): AsyncGenerator<ArchivedPage, void, undefined> {
  const tally: PageTally = { records: 0, pages: 0 };
  const stream = createReadStream(path);
  try {
    yield* htmlPages(readWarcRecords(stream, isHtmlResponse), tally, isHtmlResponse);
  } finally {
    stream.destroy();
  }
  if (tally.pages === 0) {
    throw new IngestError(`the WARC holds no HTML page (${tally.records} records read, none a 200 HTML response)`);
  }
}

async function withFileStream<T>(path: string, read: (stream: AsyncIterable<Uint8Array>) => Promise<T>): Promise<T> {
  const stream = createReadStream(path);
  try {
    return await read(stream);
  } finally {
    stream.destroy();
  }
}
