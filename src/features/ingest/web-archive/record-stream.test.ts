import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../ingest-error';
import { readWarcRecords, type WarcRecordEntry, type WarcRecordHead } from './record-stream';

const encoder = new TextEncoder();
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

let serial = 0;
/** A WARC record written out by hand, so that tests can break it in exact ways. */
function record(type: string, block: string, extra: Record<string, string> = {}, lengthDelta = 0): Uint8Array {
  serial += 1;
  const body = encoder.encode(block);
  const headers = {
    'WARC-Type': type,
    'WARC-Record-ID': `<urn:uuid:00000000-0000-4000-8000-${String(serial).padStart(12, '0')}>`,
    'WARC-Date': '2026-11-30T09:15:02Z',
    ...extra,
    'Content-Length': String(body.length + lengthDelta),
  };
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  return Buffer.concat([encoder.encode(`WARC/1.1\r\n${head.join('')}\r\n`), body, encoder.encode('\r\n\r\n')]);
}

const warcinfo = () => record('warcinfo', 'software: Harbour Crawler 2.3\r\n');
const html = '<html><body><p>The night ferry is cancelled until the gale passes.</p></body></html>';
function response(url: string, status = 200, contentType = 'text/html', body = html, lengthDelta = 0) {
  const http = `HTTP/1.1 ${status} X\r\nContent-Type: ${contentType}\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
  return record(
    'response',
    http,
    { 'WARC-Target-URI': url, 'Content-Type': 'application/http; msgtype=response', 'WARC-Payload-Digest': 'sha1:X' },
    lengthDelta,
  );
}
const request = (url: string) =>
  record('request', 'GET / HTTP/1.1\r\nHost: news.example\r\n\r\n', {
    'WARC-Target-URI': url,
    'Content-Type': 'application/http; msgtype=request',
  });

const keepAll = () => true;
const keepNone = () => false;

/** The file as a stream of chunks of `size` bytes, counting how many bytes the reader has pulled. */
function chunksOf(bytes: Uint8Array, size = 1 << 16) {
  const source = {
    pulled: 0,
    async *[Symbol.asyncIterator]() {
      for (let start = 0; start < bytes.length; start += size) {
        source.pulled = Math.min(start + size, bytes.length);
        yield bytes.subarray(start, start + size);
      }
    },
  };
  return source;
}

async function read(bytes: Uint8Array, keep: (head: WarcRecordHead) => boolean = keepAll, chunkSize?: number) {
  const records: WarcRecordEntry[] = [];
  try {
    for await (const entry of readWarcRecords(chunksOf(bytes, chunkSize), keep)) records.push(entry);
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    return { records, refusal: error.reason };
  }
  return { records, refusal: undefined };
}

const gzipMembers = (...records: Uint8Array[]) => records.map((each) => gzipSync(each));
const starts = (parts: Uint8Array[]) =>
  parts.map((_, index) => parts.slice(0, index).reduce((sum, p) => sum + p.length, 0));

describe('readWarcRecords: reading', () => {
  const plain = Buffer.concat([warcinfo(), request('https://news.example/a'), response('https://news.example/a')]);

  it('reads each record of a plain WARC, with its offset in the file', async () => {
    const { records, refusal } = await read(plain, keepAll, 7);
    expect(refusal).toBeUndefined();
    expect(records.map((each) => each.type)).toEqual(['warcinfo', 'request', 'response']);
    for (const each of records) {
      const at = text(plain.subarray(each.offset, each.offset + 200));
      expect(at.startsWith('WARC/1.1\r\n')).toBe(true);
      expect(at).toContain(`WARC-Record-ID: ${each.recordId}`);
    }
    const page = records[2]!;
    expect(page).toMatchObject({ targetUri: 'https://news.example/a', date: '2026-11-30T09:15:02Z' });
    expect(page.payloadDigest).toBe('sha1:X');
    expect(page.http?.status).toBe(200);
    expect(page.http?.headers.get('content-type')).toBe('text/html');
    expect(text(page.content)).toBe(html);
    expect(text(records[0]!.content)).toBe('software: Harbour Crawler 2.3\r\n');
  });

  it('reads a .warc.gz member by member, giving each record the offset of its member', async () => {
    const parts = gzipMembers(warcinfo(), request('https://news.example/a'), response('https://news.example/a'));
    const { records, refusal } = await read(Buffer.concat(parts), keepAll, 5);
    expect(refusal).toBeUndefined();
    expect(records.map((each) => each.offset)).toEqual(starts(parts));
    expect(text(records[2]!.content)).toBe(html);
  });

  it('reads a .warc.gz compressed as one stream, every record at the offset of that one member', async () => {
    const whole = gzipSync(
      Buffer.concat([warcinfo(), response('https://news.example/a'), response('https://news.example/b')]),
    );
    const { records, refusal } = await read(whole);
    expect(refusal).toBeUndefined();
    expect(records.map((each) => [each.targetUri, each.offset])).toEqual([
      [undefined, 0],
      ['https://news.example/a', 0],
      ['https://news.example/b', 0],
    ]);
    expect((await read(whole.subarray(0, whole.length - 30))).refusal).toBe('the WARC is cut short at byte 0');
  });

  it('gathers the content only of the records asked for', async () => {
    const { records } = await read(plain, (head) => head.type === 'response');
    expect(records.map((each) => each.content !== undefined)).toEqual([false, false, true]);
    const none = await read(plain, keepNone);
    expect(none.records.map((each) => each.content)).toEqual([undefined, undefined, undefined]);
    // The HTTP head is read whether or not the body is kept.
    expect(none.records[2]!.http?.status).toBe(200);
  });

  it('reads a UTF-8 target IRI as written', async () => {
    const iri = 'https://news.example/خبر/ferry';
    const { records } = await read(response(iri));
    expect(records[0]!.targetUri).toBe(iri);
  });

  it('reads no HTTP head from a response that does not hold HTTP', async () => {
    const dns = record('response', '20261130091502\r\nnews.example. 300 IN A 192.0.2.7\r\n', {
      'WARC-Target-URI': 'dns:news.example',
      'Content-Type': 'text/dns',
    });
    const { records, refusal } = await read(Buffer.concat([dns, response('https://news.example/a')]));
    expect(refusal).toBeUndefined();
    expect(records[0]!.http).toBeUndefined();
    expect(records[1]!.http?.status).toBe(200);
  });

  it('streams: the first records arrive before most of the file has been pulled', async () => {
    const many = Buffer.concat(Array.from({ length: 2000 }, (_, i) => response(`https://news.example/${i}`)));
    const source = chunksOf(many, 4096);
    const records = readWarcRecords(source, keepAll);
    await records.next();
    await records.next();
    expect(source.pulled).toBeLessThanOrEqual(2 * 4096);
    expect(many.length).toBeGreaterThan(100 * 4096);
    await records.return(undefined);
  });

  it('reads an empty file as no records', async () => {
    expect(await read(new Uint8Array())).toEqual({ records: [], refusal: undefined });
  });
});

describe('readWarcRecords: a WARC cut short', () => {
  it('says where the broken gzip member starts, after yielding the records before it', async () => {
    const parts = gzipMembers(warcinfo(), response('https://news.example/a'), response('https://news.example/b'));
    const whole = Buffer.concat(parts);
    const broken = starts(parts)[2]!;
    // The number is where the cut member begins: gzip starts there and inflates to the cut record.
    expect([whole[broken], whole[broken + 1]]).toEqual([0x1f, 0x8b]);
    expect(text(gunzipSync(whole.subarray(broken)))).toContain('WARC-Target-URI: https://news.example/b');
    for (const cut of [broken + 3, broken + 40, whole.length - 4]) {
      const { records, refusal } = await read(whole.subarray(0, cut));
      expect(refusal).toBe(`the WARC is cut short at byte ${broken}`);
      expect(records.map((each) => each.targetUri)).toEqual([undefined, 'https://news.example/a']);
    }
  });

  it('says so for a gzip member cut inside a long record, whose start has already inflated', async () => {
    const long = `<html><body>${'<p>Storm notice, repeated for the harbour office.</p>'.repeat(4000)}</body></html>`;
    const parts = gzipMembers(warcinfo(), response('https://news.example/long', 200, 'text/html', long));
    const whole = Buffer.concat(parts);
    const { refusal } = await read(whole.subarray(0, whole.length - 200), keepNone);
    expect(refusal).toBe(`the WARC is cut short at byte ${parts[0]!.length}`);
  });

  it('says where the cut record starts in a plain WARC, whether cut in its body or its head', async () => {
    const first = Buffer.concat([warcinfo(), response('https://news.example/a')]);
    const whole = Buffer.concat([first, response('https://news.example/b')]);
    for (const cut of [first.length + 30, first.length + 300, whole.length - 10]) {
      const { records, refusal } = await read(whole.subarray(0, cut));
      expect(refusal).toBe(`the WARC is cut short at byte ${first.length}`);
      expect(records).toHaveLength(2);
    }
  });
});

describe('readWarcRecords: malformed records', () => {
  const lead = Buffer.concat([warcinfo(), response('https://news.example/a')]);

  it('refuses a record that does not start with a WARC version line', async () => {
    const bad = Buffer.from(response('https://news.example/b')).toString('latin1').replace('WARC/1.1', 'WARC/9.9');
    const { records, refusal } = await read(Buffer.concat([lead, Buffer.from(bad, 'latin1')]));
    expect(refusal).toBe(
      `the WARC record at byte ${lead.length} is malformed (it does not start with a WARC/1.0 or WARC/1.1 line)`,
    );
    expect(records).toHaveLength(2);
  });

  it('refuses a record missing a header every record has', async () => {
    const withoutId = Buffer.from(
      Buffer.from(warcinfo())
        .toString('latin1')
        .replace(/WARC-Record-ID: .*\r\n/, ''),
    );
    expect((await read(withoutId)).refusal).toBe('the WARC record at byte 0 is malformed (it has no WARC-Record-ID)');
    const badLength = Buffer.from(
      Buffer.from(warcinfo())
        .toString('latin1')
        .replace(/Content-Length: \d+/, 'Content-Length: many'),
    );
    expect((await read(badLength)).refusal).toBe(
      'the WARC record at byte 0 is malformed (it has no Content-Length giving its length in bytes)',
    );
  });

  it('refuses a response whose HTTP status line is unreadable', async () => {
    const broken = record('response', 'HTPT/1.1 two hundred\r\n\r\nhello', {
      'WARC-Target-URI': 'https://news.example/b',
      'Content-Type': 'application/http; msgtype=response',
    });
    expect((await read(Buffer.concat([lead, broken]))).refusal).toBe(
      `the WARC record at byte ${lead.length} is malformed (its HTTP response has no readable status line)`,
    );
  });

  it('refuses a .warc.gz record whose Content-Length runs past the end, its members whole', async () => {
    const parts = gzipMembers(warcinfo(), response('https://news.example/a', 200, 'text/html', html, 5000));
    expect((await read(Buffer.concat(parts))).refusal).toBe(
      `the WARC record at byte ${parts[0]!.length} is malformed (its Content-Length runs past the end of the WARC)`,
    );
  });

  it('names the WARC inside a container when asked to', async () => {
    const records = readWarcRecords(chunksOf(gzipSync(warcinfo()).subarray(0, 30)), keepAll, 'archive/one.warc.gz');
    await expect(records.next()).rejects.toThrow('the WARC archive/one.warc.gz is cut short at byte 0');
  });
});
