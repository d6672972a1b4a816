import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from './json-ld';

describe('JSON-LD serialisation', () => {
  it('cannot be broken out of by text that closes the script element, and parses back to the same value', () => {
    const hostile = { headline: '</script><script>alert(1)</script> & <!-- \u2028' };
    const json = serializeJsonLd(hostile);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(hostile);
  });
});
