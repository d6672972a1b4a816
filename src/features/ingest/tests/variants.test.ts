import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertCapture } from '../convert-capture';
import { articleSchema, type ArticleData } from '../../articles/schemas/article';
import { foundingCapturePath } from '../../../../tests/fixtures/founding-articles';

/** Capture 000, from the fixtures' copy. */
const CAPTURE_000 = readFileSync(
  foundingCapturePath('aleppo-liberated-exodus-of-al-qaeda-rebels-turkeys-problems-increase'),
  'utf8',
);

const encode = (text: string) => new TextEncoder().encode(text);
const convert = (text: string | Uint8Array) => {
  const result = convertCapture(typeof text === 'string' ? encode(text) : text, 'variant.txt');
  return { ...result, data: articleSchema.parse(result.data) };
};

const original = convert(CAPTURE_000);

/** Everything but the capture's own bytes, which differ by construction. */
const withoutCapture = ({ capture: _capture, ...rest }: ArticleData) => rest;

const removeLines = (text: string, unwanted: RegExp) =>
  text
    .split('\n')
    .filter((line) => !unwanted.test(line))
    .join('\n');

const OUTLET_LINE = /^\[Moon of Alabama\]\(#\) 27 December 2016$/;
const TOPIC_LINES = /^(?:Region|Theme|In-depth Report):/;
const STANDFIRST_LINE = /^\*As planned by the Russian forces/;
const withoutFooter = (text: string) => text.slice(0, text.indexOf('The original source of this article is'));

describe('variants of capture 000: the same capture, saved differently', () => {
  it('the original converts with all optional fields present', () => {
    expect(original.data.original).toEqual({ name: 'Moon of Alabama', slug: 'moon-of-alabama', date: '2016-12-27' });
    expect(original.data.standfirst).toMatch(/^As planned by the Russian forces/);
    expect(original.data.copyright).toBe('Copyright © Moon of Alabama, Moon of Alabama, 2016');
    expect(original.data.topics.regions).toEqual(['Middle East & North Africa']);
  });

  it('with CRLF line endings gives the same body and metadata', () => {
    const variant = convert(CAPTURE_000.replace(/\n/g, '\r\n'));
    expect(variant.body).toBe(original.body);
    expect(withoutCapture(variant.data)).toEqual(withoutCapture(original.data));
    expect(variant.data.capture.bytes).toBeGreaterThan(original.data.capture.bytes);
  });

  it('with a UTF-8 byte-order mark gives the same body and metadata', () => {
    const variant = convert(new Uint8Array([0xef, 0xbb, 0xbf, ...encode(CAPTURE_000)]));
    expect(variant.body).toBe(original.body);
    expect(withoutCapture(variant.data)).toEqual(withoutCapture(original.data));
    expect(variant.data.capture.bytes).toBe(original.data.capture.bytes + 3);
  });

  it('with NBSP-only lines between all paragraphs gives the same body, and counts the blank lines', () => {
    const variant = convert(CAPTURE_000.replace(/\n\n/g, '\n\n\u00a0\n\n'));
    expect(variant.body).toBe(original.body);
    const { cleaning: variantCleaning, ...variantRest } = withoutCapture(variant.data);
    const { cleaning: originalCleaning, ...originalRest } = withoutCapture(original.data);
    expect(variantRest).toEqual(originalRest);
    expect(variantCleaning.repaired).toEqual(originalCleaning.repaired);
    expect(variantCleaning.removed.find((entry) => entry.kind === 'blank-line')?.count).toBeGreaterThan(0);
    expect(variantCleaning.removed.filter((entry) => entry.kind !== 'blank-line')).toEqual(originalCleaning.removed);
  });

  it('with extra blank lines everywhere gives the same body and metadata', () => {
    const variant = convert(CAPTURE_000.replace(/\n/g, '\n\n\n'));
    expect(variant.body).toBe(original.body);
    expect(withoutCapture(variant.data)).toEqual(withoutCapture(original.data));
  });
});

describe('variants of capture 000: optional lines missing', () => {
  it('without the outlet line, names the original from the footer, without a date', () => {
    const variant = convert(removeLines(CAPTURE_000, OUTLET_LINE));
    expect(variant.body).toBe(original.body);
    expect(variant.data.original).toEqual({ name: 'Moon of Alabama', slug: 'moon-of-alabama' });
    expect(variant.data.original).not.toHaveProperty('date');
  });

  it('without Region, Theme and In-depth Report lines, has empty topics', () => {
    const variant = convert(removeLines(CAPTURE_000, TOPIC_LINES));
    expect(variant.body).toBe(original.body);
    expect(variant.data.topics).toEqual({ regions: [], themes: [], reports: [] });
    expect(variant.data.standfirst).toBe(original.data.standfirst);
    expect(variant.data.original).toEqual(original.data.original);
  });

  it('without the standfirst, has no standfirst and the same body', () => {
    const variant = convert(removeLines(CAPTURE_000, STANDFIRST_LINE));
    expect(variant.body).toBe(original.body);
    expect(variant.data).not.toHaveProperty('standfirst');
    expect(variant.data.wordCount).toBeLessThan(original.data.wordCount);
  });

  it('without the footer, has no copyright and removes nothing', () => {
    const variant = convert(withoutFooter(CAPTURE_000));
    expect(variant.body).toBe(original.body);
    expect(variant.data).not.toHaveProperty('copyright');
    expect(variant.data.original).toEqual(original.data.original);
    expect(variant.data.cleaning.removed).toEqual([]);
    expect(variant.data.cleaning.repaired).toEqual(original.data.cleaning.repaired);
  });

  it('without any optional line, has only the required fields', () => {
    const bare = withoutFooter(
      removeLines(removeLines(removeLines(CAPTURE_000, OUTLET_LINE), TOPIC_LINES), STANDFIRST_LINE),
    );
    const variant = convert(bare);
    expect(variant.body).toBe(original.body);
    expect(Object.keys(variant.data)).toEqual([
      'title',
      'authors',
      'publisher',
      'topics',
      'wordCount',
      'capture',
      'cleaning',
    ]);
    expect(variant.data.title).toBe(original.data.title);
    expect(variant.data.authors).toEqual(original.data.authors);
    expect(variant.data.publisher).toEqual(original.data.publisher);
    expect(variant.data.topics).toEqual({ regions: [], themes: [], reports: [] });
  });

  it('with every variation at once still gives the same body', () => {
    const bare = withoutFooter(removeLines(removeLines(CAPTURE_000, OUTLET_LINE), TOPIC_LINES));
    const messy = `\ufeff${bare.replace(/\n\n/g, '\n\n\u00a0\n\n\n').replace(/\n/g, '\r\n')}`;
    const variant = convert(messy);
    expect(variant.body).toBe(original.body);
    expect(variant.data.standfirst).toBe(original.data.standfirst);
  });
});
