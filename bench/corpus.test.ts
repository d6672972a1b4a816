import { readdir, readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { disclaimerLines, generateCorpus, type Corpus } from './corpus';
import { convertCapture } from '../src/features/ingest/convert-capture';

const SEED = 20161228;
const FOUNDING_DIR = new URL('../tests/fixtures/founding/', import.meta.url);

let corpus: Corpus;
beforeAll(async () => {
  corpus = await generateCorpus(200, SEED);
});

// Generating and ingesting 200 captures takes seconds on a loaded machine: a roomier timeout, not a timing.
describe('generateCorpus', { timeout: 30_000 }, () => {
  it('gives the same captures for the same seed and N, and the same first articles whatever N is', async () => {
    const again = await generateCorpus(200, SEED);
    expect(again.digest).toBe(corpus.digest);
    const fewer = await generateCorpus(20, SEED);
    expect([...fewer.captures]).toEqual([...corpus.captures].slice(0, 20));
    expect((await generateCorpus(20, SEED + 1)).digest).not.toBe(fewer.digest);
  });

  it('prints the footer word for word as the founding captures do', async () => {
    const names = (await readdir(FOUNDING_DIR)).filter((name) => name.endsWith('.txt'));
    const founding = await Promise.all(names.map((name) => readFile(new URL(name, FOUNDING_DIR), 'utf8')));
    for (const line of [...disclaimerLines('plain'), ...disclaimerLines('linked')])
      expect(
        founding.some((text) => text.includes(line)),
        line.slice(0, 60),
      ).toBe(true);
  });

  it("keeps what real captures hold: links, handles, addresses and the footer's e-mail address", () => {
    const texts = [...corpus.captures.values()];
    expect(texts.every((text) => text.includes('publications@globalresearch.ca'))).toBe(true);
    const bodies = texts.map((text) => text.slice(0, text.indexOf('The original source of this article is')));
    expect(bodies.some((body) => body.includes('@FabriceBalanche'))).toBe(true);
    expect(bodies.filter((body) => /\w\]\(#\)/.test(body.split('In-depth Report:').at(-1)!)).length).toBeGreaterThan(
      100,
    );
  });

  it('gives every article its own marker, found in no other capture', () => {
    const markers = corpus.articles.map((article) => article.marker);
    expect(new Set(markers).size).toBe(markers.length);
    for (const { marker, file } of corpus.articles) {
      const holders = [...corpus.captures].filter(([, text]) => text.includes(marker)).map(([name]) => name);
      expect(holders).toEqual([file]);
    }
  });

  it('ingests cleanly: the marker and link texts stay in the body, the publisher footer goes', () => {
    for (const article of corpus.articles) {
      const { data, body } = convertCapture(Buffer.from(corpus.captures.get(article.file)!, 'utf8'), article.file);
      expect(body.split(article.marker).length, article.file).toBe(2);
      expect(body.toLowerCase()).toMatch(new RegExp(`\\b${article.companionWord}\\b`));
      expect(body).not.toMatch(/\]\(#\)|globalresearch\.ca|Disclaimer|fair use|Facebook page/);
      const removed = data.cleaning.removed.map(({ kind }) => kind);
      expect(removed).toEqual(expect.arrayContaining(['disclaimer', 'fair-use-notice', 'media-inquiries']));
      expect(removed).not.toContain('other-footer');
    }
  });
});
