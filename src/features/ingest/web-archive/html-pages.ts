import type { ArchivedPage } from './archived-page';
import { decodeHttpPayload } from './http-payload';
import type { WarcRecordEntry, WarcRecordHead } from './record-stream';
import { malformedRecord } from './warc-refusals';

const HTML_MEDIA_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const WARC_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/;

/** A capture of a page: a `response` record holding an HTTP 200 response whose Content-Type is HTML. */
export function isHtmlResponse(head: WarcRecordHead): boolean {
  if (head.type !== 'response' || head.http?.status !== 200) return false;
  const mediaType = head.http.headers.get('content-type')?.split(/[;,]/)[0]?.trim().toLowerCase();
  return mediaType !== undefined && HTML_MEDIA_TYPES.has(mediaType);
}

export interface PageTally {
  records: number;
  pages: number;
}

/**
 * The pages among `records` (read with `accept` as their keepContent), their payloads decoded. Counts what it
 * reads in `tally`, so a caller can say why a container held no page.
 */
export async function* htmlPages(
  records: AsyncIterable<WarcRecordEntry>,
  tally: PageTally,
  accept: (head: WarcRecordHead) => boolean,
  warcName?: string,
): AsyncGenerator<ArchivedPage, void, undefined> {
  for await (const record of records) {
    tally.records += 1;
    if (!accept(record)) continue;
    yield await toArchivedPage(record, warcName);
    tally.pages += 1;
  }
}

async function toArchivedPage(record: WarcRecordEntry, warcName: string | undefined): Promise<ArchivedPage> {
  const refuse = (problem: string) => malformedRecord(record.offset, problem, warcName);
  if (!record.targetUri) throw refuse('it has no WARC-Target-URI');
  if (!WARC_DATE.test(record.date) || Number.isNaN(Date.parse(record.date))) {
    throw refuse(`its WARC-Date ${record.date} is not a UTC date and time`);
  }
  if (!record.http || !record.content) throw new TypeError('an HTML response is read with its HTTP head and body');
  const decoded = await decodeHttpPayload(record.content, record.http.headers);
  if (!decoded.ok) throw refuse(decoded.problem);
  const page: ArchivedPage = {
    targetUri: record.targetUri,
    capturedAt: record.date,
    recordId: record.recordId,
    payload: decoded.payload,
    offset: record.offset,
  };
  if (record.payloadDigest) page.payloadDigest = record.payloadDigest;
  if (warcName) page.warcName = warcName;
  return page;
}
