import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { z } from 'zod';
import { IngestError } from '../ingest-error';
import type { ArchivedPage, WebArchive } from './archived-page';
import { htmlPages, isHtmlResponse, type PageTally } from './html-pages';
import { addPageList, type PageList } from './page-list';
import { readWarcRecords, type WarcRecordHead } from './record-stream';
import { warcinfoSoftware } from './warc-fields';

const PAGE_LIST = 'pages/pages.jsonl';
// Browsertrix lists the pages it found beyond its seeds here, in the same format.
const EXTRA_PAGE_LIST = 'pages/extraPages.jsonl';
const WARC_ENTRY = /^archive\/[^/]+\.warc(?:\.gz)?$/;
const datapackageSchema = z.object({ software: z.string().optional() });

/**
 * Opens a WACZ for reading: checks it is a zip holding a page list (pages/pages.jsonl, plus
 * pages/extraPages.jsonl when present) and WARCs under archive/, and reads its software from datapackage.json
 * (else from its first WARC's warcinfo record); rejects with an IngestError when it is not such a zip. Each
 * pass over `pages` opens the zip again and streams its WARCs, yielding the HTML pages the list names.
 */
export async function readWacz(path: string): Promise<WebArchive> {
  const { list, warcNames, software } = await withZip(path, async (zip, entries) => {
    const pageList = entries.get(PAGE_LIST);
    if (!pageList) throw new IngestError(`the WACZ has no ${PAGE_LIST} listing its pages`);
    const warcNames = [...entries.keys()].filter((name) => WARC_ENTRY.test(name));
    if (warcNames.length === 0) throw new IngestError('the WACZ holds no WARC under archive/');
    const list: PageList = new Map();
    addPageList(list, await entryText(zip, pageList), PAGE_LIST);
    const extraPageList = entries.get(EXTRA_PAGE_LIST);
    if (extraPageList) addPageList(list, await entryText(zip, extraPageList), EXTRA_PAGE_LIST);
    const software =
      (await datapackageSoftware(zip, entries.get('datapackage.json'))) ??
      (await withEntryStream(zip, entries.get(warcNames[0]!)!, (chunks) => warcinfoSoftware(chunks, warcNames[0])));
    return { list, warcNames, software };
  });
  const archive: WebArchive = { pages: { [Symbol.asyncIterator]: () => waczPages(path, list, warcNames) } };
  if (software) archive.software = software;
  return archive;
}

async function* waczPages(path: string, list: PageList, warcNames: string[]): AsyncGenerator<ArchivedPage> {
  const tally: PageTally = { records: 0, pages: 0 };
  const listed = (head: WarcRecordHead) => isHtmlResponse(head) && list.has(head.targetUri ?? '');
  const zip = await openZip(path);
  try {
    const entries = await listEntries(zip);
    for (const warcName of warcNames) {
      const entry = entries.get(warcName);
      if (!entry) throw new IngestError(`the WACZ changed while it was read: ${warcName} is gone`);
      const stream = await openEntry(zip, entry);
      try {
        const records = readWarcRecords(entryChunks(stream, warcName), listed, warcName);
        for await (const page of htmlPages(records, tally, listed, warcName)) {
          const title = list.get(page.targetUri);
          yield title === undefined ? page : { ...page, title };
        }
      } finally {
        stream.destroy();
      }
    }
  } finally {
    zip.close();
  }
  if (tally.pages === 0) {
    throw new IngestError(
      `the WACZ lists no HTML page that its WARCs hold (${list.size} pages listed, ${tally.records} records read)`,
    );
  }
}

async function datapackageSoftware(zip: ZipFile, entry: Entry | undefined): Promise<string | undefined> {
  if (!entry) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(await entryText(zip, entry));
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError("the WACZ's datapackage.json is not valid JSON");
  }
  return datapackageSchema.safeParse(json).data?.software || undefined;
}

async function withZip<T>(path: string, read: (zip: ZipFile, entries: Map<string, Entry>) => Promise<T>) {
  const zip = await openZip(path);
  try {
    return await read(zip, await listEntries(zip));
  } finally {
    zip.close();
  }
}

async function openZip(path: string): Promise<ZipFile> {
  try {
    return await yauzl.openPromise(path, { autoClose: false });
  } catch (error) {
    throw notAZip(error);
  }
}

async function listEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  const entries = new Map<string, Entry>();
  try {
    for await (const entry of zip.eachEntry()) entries.set(entry.fileName, entry);
  } catch (error) {
    throw notAZip(error);
  }
  return entries;
}

function notAZip(error: unknown): unknown {
  // yauzl rejects what is not a zip, or a zip whose directory is broken; file-system errors pass through.
  if (error instanceof Error && !('code' in error)) {
    return new IngestError(`the WACZ is not a readable zip (${error.message})`);
  }
  return error;
}

async function openEntry(zip: ZipFile, entry: Entry): Promise<Readable> {
  try {
    return await zip.openReadStreamPromise(entry);
  } catch (error) {
    throw unreadableEntry(entry.fileName, error);
  }
}

async function* entryChunks(stream: Readable, name: string): AsyncGenerator<Uint8Array> {
  try {
    for await (const chunk of stream) yield chunk as Uint8Array;
  } catch (error) {
    throw unreadableEntry(name, error);
  }
}

function unreadableEntry(name: string, error: unknown): IngestError {
  return new IngestError(`the WACZ's ${name} cannot be read (${error instanceof Error ? error.message : error})`);
}

async function withEntryStream<T>(
  zip: ZipFile,
  entry: Entry,
  read: (chunks: AsyncIterable<Uint8Array>) => Promise<T>,
): Promise<T> {
  const stream = await openEntry(zip, entry);
  try {
    return await read(entryChunks(stream, entry.fileName));
  } finally {
    stream.destroy();
  }
}

async function entryText(zip: ZipFile, entry: Entry): Promise<string> {
  return withEntryStream(zip, entry, async (chunks) => {
    const parts: Uint8Array[] = [];
    for await (const chunk of chunks) parts.push(chunk);
    return new TextDecoder().decode(Buffer.concat(parts));
  });
}
