import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cleaningLines,
  formatBytes,
  formatMoment,
  provenanceSentence,
  publicationHistory,
  REMOVAL_LABELS,
  REPAIR_LABELS,
  truncate,
  verifyCapture,
  waybackUrl,
} from './provenance';
import { joinNames, listSeparators } from '../../shared/names';
import { navCurrent } from '../../shared/urls';
import type { ArticleData } from './schemas/article';
import { REMOVAL_KINDS, REPAIR_KINDS } from './schemas/cleaning';

const base: ArticleData = {
  title: 'Aleppo Liberated',
  authors: [{ name: 'Moon of Alabama', slug: 'moon-of-alabama' }],
  publisher: { name: 'Global Research', slug: 'global-research', date: '2016-12-28' },
  original: { name: 'Moon of Alabama', slug: 'moon-of-alabama', date: '2016-12-27' },
  topics: { regions: [], themes: [], reports: [] },
  wordCount: 100,
  capture: { file: 'x.txt', sha256: 'a'.repeat(64), bytes: 10 },
  cleaning: { removed: [], repaired: [] },
};
const undated: ArticleData = { ...base, original: { name: 'South Front', slug: 'south-front' } };
const { original: _omit, ...withoutOriginal } = base;

describe('provenance sentence', () => {
  it('states both dates when the original date is known', () => {
    expect(publicationHistory(base).kind).toBe('original-dated');
    expect(provenanceSentence(base)).toBe(
      'First published by Moon of Alabama on 27 December 2016; republished by Global Research on 28 December 2016.',
    );
  });

  it('says so when the capture does not state the original date', () => {
    expect(publicationHistory(undated).kind).toBe('original-undated');
    expect(provenanceSentence(undated)).toBe(
      'First published by South Front (date not stated in the capture); republished by Global Research on 28 December 2016.',
    );
  });

  it('names only the publisher when there is no separate original', () => {
    expect(publicationHistory(withoutOriginal).kind).toBe('publisher-only');
    expect(provenanceSentence(withoutOriginal)).toBe('Published by Global Research on 28 December 2016.');
  });
});

describe('names', () => {
  it('joins one, two or more names', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['A'])).toBe('A');
    expect(joinNames(['A', 'B'])).toBe('A and B');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
    expect(listSeparators(3)).toEqual(['', ', ', ' and ']);
  });
});

describe('cleaning labels', () => {
  it('has a human-readable label for every kind the schema allows', () => {
    for (const kind of REMOVAL_KINDS) expect(REMOVAL_LABELS[kind]).toMatch(/\S/);
    for (const kind of REPAIR_KINDS) expect(REPAIR_LABELS[kind]).toMatch(/\S/);
  });

  it('labels each tally in recorded order', () => {
    const lines = cleaningLines({
      removed: [
        { kind: 'disclaimer', count: 1 },
        { kind: 'advertisement', count: 2 },
      ],
      repaired: [{ kind: 'dead-link-unwrapped', count: 12 }],
    });
    expect(lines.removed).toEqual([
      { kind: 'disclaimer', label: 'Publisher’s disclaimer', count: 1 },
      { kind: 'advertisement', label: 'Advertisement in the body', count: 2 },
    ]);
    expect(lines.repaired[0]?.count).toBe(12);
  });
});

describe('formatBytes', () => {
  it('gives the exact count, and KiB above one kibibyte', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(900)).toBe('900 bytes');
    expect(formatBytes(7800)).toBe('7,800 bytes (7.6 KiB)');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3,145,728 bytes (3.0 MiB)');
  });
});

describe('verifyCapture', () => {
  // Larger than one read chunk, so the chunked hashing is what is checked.
  const bytes = new Uint8Array(1024 * 1024 * 2 + 17).map((_, index) => index % 251);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const path = join(mkdtempSync(join(tmpdir(), 'verify-capture-')), 'x.warc');
  writeFileSync(path, bytes);

  it('accepts the file the frontmatter describes', () => {
    expect(() => verifyCapture(path, { file: 'x.warc', sha256, bytes: bytes.byteLength })).not.toThrow();
  });

  it('rejects a wrong size or a wrong hash, naming the file', () => {
    expect(() => verifyCapture(path, { file: 'x.warc', sha256, bytes: 1 })).toThrow(/x\.warc: capture is \d+ bytes/);
    expect(() => verifyCapture(path, { file: 'x.warc', sha256: 'b'.repeat(64), bytes: bytes.byteLength })).toThrow(
      /sha256/,
    );
  });
});

describe('waybackUrl and formatMoment', () => {
  it('links the Wayback Machine listing nearest the day', () => {
    expect(waybackUrl('https://example.org/a?b=1', '2016-12-05')).toBe(
      'https://web.archive.org/web/20161205/https://example.org/a?b=1',
    );
  });

  it('formats a stated moment in words, keeping its zone', () => {
    expect(formatMoment('2026-11-30T09:15:02Z')).toBe('30 November 2026, 09:15:02 UTC');
    expect(formatMoment('2026-11-30T09:15+01:00')).toBe('30 November 2026, 09:15 UTC+01:00');
    expect(formatMoment('2026-11-30T09:15')).toBe('30 November 2026, 09:15');
    expect(formatMoment('2026-11-30')).toBe('30 November 2026');
  });
});

describe('truncate', () => {
  it('keeps short text and cuts long text at a word', () => {
    expect(truncate('  short   text ')).toBe('short text');
    const long = 'word '.repeat(60);
    const cut = truncate(long, 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut.endsWith('word…')).toBe(true);
  });
});

describe('navCurrent', () => {
  it('marks the page itself and its section', () => {
    expect(navCurrent('/', '/')).toBe('page');
    expect(navCurrent('/articles/x/', '/')).toBe('true');
    expect(navCurrent('/authors/', '/')).toBeUndefined();
    expect(navCurrent('/authors/', '/authors/')).toBe('page');
    expect(navCurrent('/authors', '/authors/')).toBe('page');
    expect(navCurrent('/authors/someone/', '/authors/')).toBe('true');
    expect(navCurrent('/about/', '/authors/')).toBeUndefined();
  });
});
