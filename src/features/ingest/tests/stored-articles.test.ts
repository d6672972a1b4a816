import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { storedArticlePath, storedCapturePath } from '../article-store';
import { ingestCaptures } from '../ingest';
import { loadArticles } from '../../../../tests/e2e/support/collection';

/**
 * A check of the committed collection, whatever it holds: each article in content/ is byte for byte what ingest
 * makes of its verbatim capture under the file name it records. It fails when the ingest changes what it writes
 * and the articles were not ingested again.
 */
const CONTENT = fileURLToPath(new URL('../../../../content/', import.meta.url));
const stored = loadArticles(CONTENT);
const workdir = await mkdtemp(join(tmpdir(), 'stored-articles-'));
afterAll(() => rm(workdir, { recursive: true, force: true }));

describe('the committed articles', () => {
  it('are there to check', () => {
    expect(stored.length).toBeGreaterThan(0);
  });

  it('are each what ingesting their capture again writes, byte for byte', async () => {
    const contentRoot = join(workdir, 'content');
    // One folder per article: two captures may have been ingested, in different runs, under the same file name.
    const captures = await Promise.all(
      stored.map(async ({ slug, data }, index) => {
        const folder = join(workdir, 'inbox', String(index));
        await mkdir(folder, { recursive: true });
        const path = join(folder, data.capture.file);
        await copyFile(storedCapturePath(CONTENT, slug), path);
        return path;
      }),
    );
    const outcomes = await ingestCaptures(captures, { contentRoot });
    expect(outcomes.map((outcome) => ('slug' in outcome ? outcome.slug : outcome.reason))).toEqual(
      stored.map(({ slug }) => slug),
    );
    for (const { slug } of stored) {
      expect(await readFile(storedArticlePath(contentRoot, slug), 'utf8'), slug).toBe(
        await readFile(storedArticlePath(CONTENT, slug), 'utf8'),
      );
      expect(await readFile(storedCapturePath(contentRoot, slug)), slug).toEqual(
        await readFile(storedCapturePath(CONTENT, slug)),
      );
    }
  });
});
