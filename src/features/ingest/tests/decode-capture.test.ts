import { describe, expect, it } from 'vitest';
import { decodeCapture, MAX_CAPTURE_BYTES } from '../decode-capture';
import { IngestError } from '../ingest-error';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => new Uint8Array(values);

function refusal(input: Uint8Array): string {
  try {
    decodeCapture(input);
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return (error as IngestError).reason;
  }
  throw new Error('expected the bytes to be refused');
}

describe('decodeCapture: refusals', () => {
  it('refuses an empty file', () => {
    expect(refusal(new Uint8Array())).toBe('the file is empty');
  });

  it('refuses a file of only white space, NBSP and BOM included', () => {
    expect(refusal(utf8('  \n\t\r\n'))).toMatch(/only white space/);
    expect(refusal(utf8('\ufeff\u00a0\n\u00a0 \n'))).toMatch(/only white space/);
  });

  it('refuses a binary file with a NUL byte, giving its offset', () => {
    expect(refusal(bytes(0x47, 0x49, 0x46, 0x00, 0x41))).toBe('binary file: it has a NUL byte at offset 3');
  });

  it('refuses invalid UTF-8, giving the offset of the first bad byte', () => {
    expect(refusal(bytes(0x61, 0x62, 0x63, 0xff, 0x64))).toBe('not valid UTF-8 (first bad byte at offset 3)');
    // A stray continuation byte.
    expect(refusal(bytes(0x61, 0x62, 0x80))).toBe('not valid UTF-8 (first bad byte at offset 2)');
    // Latin-1 "café " saved as is: 0xE9 starts a three-byte sequence that the space breaks; 0xE9 is the bad byte.
    expect(refusal(new Uint8Array([...utf8('Le caf'), 0xe9, 0x20]))).toBe(
      'not valid UTF-8 (first bad byte at offset 6)',
    );
    // A good two-byte character right before the bad byte does not move the offset.
    expect(refusal(new Uint8Array([...utf8('é'), 0xff]))).toBe('not valid UTF-8 (first bad byte at offset 2)');
  });

  it('reports an offset inside the file when the file ends in the middle of a character', () => {
    const reason = refusal(bytes(0x61, 0x62, 0x63, 0xe2, 0x80));
    expect(reason).toBe('not valid UTF-8 (first bad byte at offset 3)');
  });

  it('refuses a file over the size limit, naming both sizes', () => {
    const big = new Uint8Array(MAX_CAPTURE_BYTES + 1).fill(0x61);
    expect(refusal(big)).toBe(
      `the file is ${MAX_CAPTURE_BYTES + 1} bytes; captures are at most ${MAX_CAPTURE_BYTES} bytes`,
    );
  });

  it('accepts a file of exactly the size limit', () => {
    const limit = new Uint8Array(MAX_CAPTURE_BYTES).fill(0x61);
    expect(decodeCapture(limit)).toHaveLength(MAX_CAPTURE_BYTES);
  });
});

describe('decodeCapture: text', () => {
  it('turns CRLF and lone CR line endings into LF', () => {
    expect(decodeCapture(utf8('# Title\r\n\r\nBy A\r\nBody\rend'))).toBe('# Title\n\nBy A\nBody\nend');
  });

  it('accepts a UTF-8 BOM and drops it from the text', () => {
    expect(decodeCapture(utf8('\ufeff# Title\n'))).toBe('# Title\n');
  });

  it('keeps non-ASCII text exactly', () => {
    const text = 'Map updated on #حلب بداية النهاية – “rebels” don’t\n';
    expect(decodeCapture(utf8(text))).toBe(text);
  });
});
