import { AsyncIterReader, LimitReader, StatusAndHeadersParser, WARCParser, latin1ToUTF, type WARCRecord } from 'warcio';
import { cutShort, malformedRecord } from './warc-refusals';

export interface HttpResponseHead {
  status: number;
  headers: Headers;
}

/** What a WARC record says about itself, before its content is read. */
export interface WarcRecordHead {
  /** Where the record starts: in the file for a plain WARC, the start of its gzip member for a .warc.gz. */
  offset: number;
  type: string;
  recordId: string;
  date: string;
  targetUri?: string;
  payloadDigest?: string;
  /** The HTTP response's status line and headers, for a `response` record that holds one. */
  http?: HttpResponseHead;
}

export interface WarcRecordEntry extends WarcRecordHead {
  /**
   * The record's content, when the caller asked to keep it: the HTTP body as sent (still chunked or
   * compressed as the server sent it) for a record holding an HTTP response, the whole block otherwise.
   */
  content?: Uint8Array;
}

interface Progress {
  bytes: number;
  ended: boolean;
}

/**
 * The records of a WARC, plain or gzip (told apart by the first bytes; normally one gzip member per record, but
 * a WARC gzipped as one stream reads too), streamed
 * from `source` one record at a time. Only records `keepContent` picks have their content gathered; the rest
 * are read past. Throws an IngestError for a WARC that is cut short or holds a malformed record; the records
 * before it have been yielded by then.
 */
export async function* readWarcRecords(
  source: AsyncIterable<Uint8Array>,
  keepContent: (head: WarcRecordHead) => boolean,
  warcName?: string,
): AsyncGenerator<WarcRecordEntry, void, undefined> {
  const progress: Progress = { bytes: 0, ended: false };
  const { gzip, chunks } = await sniffGzip(tracked(source, progress));
  const reader = new AsyncIterReader(chunks, gzip ? 'gzip' : null);
  // HTTP heads are read here, bounded by the record's length: warcio's own reading of them runs unbounded.
  const parser = new WARCParser(reader, { parseHttp: false });
  const cut = (offset: number) => cutShort(offset, warcName);
  const malformed = (offset: number, problem: string) => malformedRecord(offset, problem, warcName);
  // True once the file has ended inside the record being read, rather than at a record's end.
  const endedMidRecord = () =>
    progress.ended && (reader.compressed ? !reader.inflator?.ended : reader.getReadOffset() >= progress.bytes);
  // warcio gives the offset where the last gzip member ended, which is where this record's member starts only
  // when every record has a member of its own; a .warc.gz compressed as one stream holds many in one.
  const member = { inflator: reader.inflator, start: 0 };
  const recordOffset = () => {
    if (reader.inflator !== member.inflator) Object.assign(member, { inflator: reader.inflator, start: parser.offset });
    return reader.compressed ? member.start : parser.offset;
  };

  for (;;) {
    const record = await parser.parse();
    if (!record) break;
    const offset = recordOffset();
    const warcHead = readWarcHead(record, offset);
    if (typeof warcHead === 'string') throw endedMidRecord() ? cut(offset) : malformed(offset, warcHead);
    if (!(record.reader instanceof LimitReader)) throw new TypeError('warcio yields records read from the WARC');
    const block = record.reader;

    let content: Uint8Array | undefined;
    let httpProblem: string | undefined;
    if (holdsHttpResponse(record)) {
      const body = new AsyncIterReader(block, null);
      const http = await readHttpHead(body);
      if (typeof http === 'string') httpProblem = http;
      else warcHead.http = http;
      content = !httpProblem && keepContent(warcHead) ? await body.readFully() : await drain(body);
    } else {
      content = keepContent(warcHead) ? await AsyncIterReader.readFully(block) : await drain(block);
    }
    if (block.limit > 0) {
      // Inside a .warc.gz whose members are all whole, a short record is a wrong Content-Length, not a cut.
      throw reader.compressed && !endedMidRecord()
        ? malformed(offset, 'its Content-Length runs past the end of the WARC')
        : cut(offset);
    }
    if (httpProblem) throw malformed(offset, httpProblem);
    yield { ...warcHead, content };
  }

  const whole = reader.getRawOffset();
  if (reader.compressed && progress.bytes > whole) throw cut(whole);
}

async function* tracked(source: AsyncIterable<Uint8Array>, progress: Progress): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    progress.bytes += chunk.length;
    yield chunk;
  }
  progress.ended = true;
}

async function sniffGzip(source: AsyncGenerator<Uint8Array>) {
  const start: Uint8Array[] = [];
  let length = 0;
  while (length < 2) {
    const next = await source.next();
    if (next.done) break;
    start.push(next.value);
    length += next.value.length;
  }
  const first = start.length === 1 ? start[0]! : Buffer.concat(start);
  async function* chunks() {
    if (length > 0) yield first;
    yield* source;
  }
  return { gzip: first[0] === 0x1f && first[1] === 0x8b, chunks: chunks() };
}

function readWarcHead(record: WARCRecord, offset: number): WarcRecordHead | string {
  if (!/^WARC\/1\.[01]$/.test(record.warcHeaders.statusline)) {
    return 'it does not start with a WARC/1.0 or WARC/1.1 line';
  }
  const type = header(record, 'WARC-Type');
  const recordId = header(record, 'WARC-Record-ID');
  const date = header(record, 'WARC-Date');
  const length = header(record, 'Content-Length');
  if (!type) return 'it has no WARC-Type';
  if (!recordId) return 'it has no WARC-Record-ID';
  if (!date) return 'it has no WARC-Date';
  if (!length || !/^\d+$/.test(length)) return 'it has no Content-Length giving its length in bytes';
  const head: WarcRecordHead = { offset, type, recordId, date };
  const targetUri = header(record, 'WARC-Target-URI');
  const payloadDigest = header(record, 'WARC-Payload-Digest');
  if (targetUri) head.targetUri = targetUri;
  if (payloadDigest) head.payloadDigest = payloadDigest;
  return head;
}

/** A WARC header's value; warcio carries a UTF-8 value (an IRI, say) through Headers as Latin-1. */
function header(record: WARCRecord, name: string): string | undefined {
  const value = record.warcHeaders.headers.get(name);
  if (value === null || value === undefined) return undefined;
  return record.warcHeaders.reencodeHeaders?.has(name.toLowerCase()) ? latin1ToUTF(value) : value;
}

function holdsHttpResponse(record: WARCRecord): boolean {
  if (record.warcType !== 'response') return false;
  const contentType = record.warcContentType ?? '';
  return /^application\/http\b/i.test(contentType) && !/msgtype\s*=\s*"?request/i.test(contentType);
}

async function readHttpHead(body: AsyncIterReader): Promise<HttpResponseHead | string> {
  const head = await new StatusAndHeadersParser().parse(body, { headersClass: Headers });
  if (!head) return 'its HTTP response is empty';
  const status = /^HTTP\/\d(?:\.\d)? +(\d{3})(?: |$)/.exec(head.statusline)?.[1];
  if (!status) return 'its HTTP response has no readable status line';
  if (!(head.headers instanceof Headers)) throw new TypeError('warcio parses HTTP heads into the Headers asked for');
  return { status: Number(status), headers: head.headers };
}

async function drain(content: AsyncIterable<Uint8Array>): Promise<undefined> {
  for await (const _chunk of content);
  return undefined;
}
