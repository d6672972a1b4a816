import { randomBytes } from 'node:crypto';
import { deflateRawSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CONTAINER_HEAD_BYTES, detectContainer } from './detect-container';

const text = (value: string) => new TextEncoder().encode(value);
const record = (version: string) => text(`${version}\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n`);

describe('detectContainer', () => {
  it('knows a plain WARC by its version line, 1.0 or 1.1', () => {
    expect(detectContainer(record('WARC/1.0'))).toBe('warc');
    expect(detectContainer(record('WARC/1.1'))).toBe('warc');
  });

  it('knows a .warc.gz by a gzip member that inflates to a WARC version line', () => {
    expect(detectContainer(gzipSync(record('WARC/1.1')))).toBe('warc');
  });

  it('decides from the head alone: a first member cut at CONTAINER_HEAD_BYTES is enough', () => {
    // Incompressible content makes the member far longer than the head it is cut to.
    const member = gzipSync(Buffer.concat([record('WARC/1.0'), randomBytes(4 * CONTAINER_HEAD_BYTES)]));
    expect(member.length).toBeGreaterThan(CONTAINER_HEAD_BYTES);
    expect(detectContainer(member.subarray(0, CONTAINER_HEAD_BYTES))).toBe('warc');
    expect(detectContainer(member.subarray(0, 64))).toBe('warc');
  });

  it('takes a zip for a possible WACZ', () => {
    expect(detectContainer(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toBe('wacz');
  });

  it('knows none of the rest', () => {
    expect(detectContainer(new Uint8Array())).toBeUndefined();
    expect(detectContainer(text('<!doctype html><html></html>'))).toBeUndefined();
    expect(detectContainer(record('WARC/0.17'))).toBeUndefined();
    expect(detectContainer(record('WARC/1.10'))).toBeUndefined();
    expect(detectContainer(text('warc/1.0\r\n'))).toBeUndefined();
    // gzip, but of something else; and a gzip header over data that does not inflate.
    expect(detectContainer(gzipSync(text('<html></html>')))).toBeUndefined();
    expect(detectContainer(new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0xff, 0xff, 0xff]))).toBeUndefined();
    // An empty-directory zip starts with the end-of-directory record, not a local file header.
    expect(detectContainer(new Uint8Array([0x50, 0x4b, 0x05, 0x06]))).toBeUndefined();
    // Raw deflate of a WARC line has no gzip magic.
    expect(detectContainer(deflateRawSync(record('WARC/1.0')))).toBeUndefined();
  });
});
