/** One capture of a page: a WARC `response` record holding an HTTP 200 HTML response. */
export interface ArchivedPage {
  /** WARC-Target-URI, as the record gives it. */
  targetUri: string;
  /** WARC-Date, as written (ISO 8601 in UTC, at the WARC's own precision, e.g. 2026-11-30T09:15:02Z). */
  capturedAt: string;
  /** WARC-Record-ID, e.g. <urn:uuid:...>. */
  recordId: string;
  /** WARC-Payload-Digest as written, e.g. sha1:ABC...; absent when the record has none. */
  payloadDigest?: string;
  /** The HTTP body, de-chunked and content-decoded: the HTML bytes as the server meant them. */
  payload: Uint8Array;
  /**
   * Where the record starts, for messages: the byte offset in the file for a plain WARC; for a .warc.gz, the
   * offset of the gzip member holding it (the offset a CDX index gives). Inside a WACZ, the offset is within
   * the WARC entry named by `warcName`.
   */
  offset: number;
  /** The WACZ entry (e.g. archive/data.warc.gz) the record was read from; WACZ only. */
  warcName?: string;
  /** The page's title as the WACZ's page list gives it; WACZ only. */
  title?: string;
}

/**
 * A web archive opened for reading. `pages` can be iterated more than once; each pass reads the file afresh,
 * streaming it, and holds the file open only while the pass runs. A pass yields the pages in file order and
 * throws an IngestError when it meets a broken record (after yielding the pages before it) or when it ends
 * without having yielded a page.
 */
export interface WebArchive {
  /** The software that wrote the archive, when the archive says. */
  software?: string;
  pages: AsyncIterable<ArchivedPage>;
}
