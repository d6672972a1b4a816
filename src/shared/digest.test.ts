import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sha256Hex, sha256OfFile, sha256OfFileSync } from './digest';

const folder = mkdtempSync(join(tmpdir(), 'digest-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function fileOf(name: string, bytes: Uint8Array): string {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}

describe('file checksums', () => {
  // Several megabytes, then a short file: a read buffer shared between calls must not leak the first into the second.
  const large = new Uint8Array(3 * 1024 * 1024 + 17).map((_, index) => (index * 31) % 251);
  const short = new TextEncoder().encode('Aleppo, December 2016\n');

  it('match the checksum of the bytes, read in one go or a megabyte at a time, in any order', async () => {
    const largePath = fileOf('large.warc', large);
    const shortPath = fileOf('short.md', short);
    for (const [path, bytes] of [
      [largePath, large],
      [shortPath, short],
      [largePath, large],
    ] as const) {
      expect(sha256OfFileSync(path)).toBe(sha256Hex(bytes));
      expect(await sha256OfFile(path)).toBe(sha256Hex(bytes));
    }
  });

  it('give the known checksum of an empty file', () => {
    expect(sha256OfFileSync(fileOf('empty.md', new Uint8Array()))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });
});
