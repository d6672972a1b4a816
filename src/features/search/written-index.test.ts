import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex, indexFiles, type IndexableArticle } from './build-index';
import { SearchEngine, type IndexSource } from './engine';
import type { DocText } from './types';
import { removeAbandonedIndexes, writeIndex } from './written-index';

const article = (slug: string, date: string, title: string, blocks: string[]): IndexableArticle => ({
  slug,
  title,
  authors: [{ name: 'Staff Writer', slug: 'staff-writer' }],
  date,
  publisher: { name: 'Global Research', slug: 'global-research' },
  topics: [],
  blocks,
});

const CORPUS = [
  article('evacuation', '2016-12-15', 'The evacuation of eastern Aleppo', ['Buses left the city at dawn.']),
  article('ceasefire', '2016-12-13', 'A ceasefire announced', ['The evacuation was agreed in Ankara.']),
  article('palmyra', '2016-12-11', 'Palmyra retaken', ['The desert city fell again.']),
];

const folders: string[] = [];
const scratch = () => {
  const folder = mkdtempSync(join(tmpdir(), 'written-index-'));
  folders.push(folder);
  return folder;
};
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Serves the written files as the client fetches them (client/fetch-source.ts), from disk. */
function engineOver(folder: string, manifest: ReturnType<typeof writeIndex>['manifest']): SearchEngine {
  const file = async (path: string) => JSON.parse(readFileSync(join(folder, path), 'utf8')) as unknown;
  const source: IndexSource = {
    manifest: async () => manifest,
    file,
    text: async (docId) => (await file(`text/${docId}.json`)) as DocText,
  };
  return new SearchEngine(source);
}

describe('writeIndex', () => {
  it('writes every index file as the JSON a build would serve, and a search over them finds the articles', async () => {
    const index = buildSearchIndex(CORPUS);
    const folder = join(scratch(), 'index');
    const written = writeIndex(index, folder);
    expect(written.files).toEqual(indexFiles(index).map(({ path }) => path));
    for (const { path, value } of indexFiles(index))
      expect(readFileSync(join(folder, path), 'utf8')).toBe(JSON.stringify(value));

    const engine = engineOver(folder, written.manifest);
    const { hits } = await engine.search({
      query: 'evacuation',
      filters: { author: [], source: [], topic: [], year: [] },
      sort: 'relevance',
    });
    const found = await engine.summaries(hits.map((hit) => hit.docId));
    expect(found.map((summary) => summary.slug)).toEqual(['evacuation', 'ceasefire']);
  });

  it('empties the folder first, so no file of an earlier index is served', () => {
    const folder = join(scratch(), 'index');
    mkdirSync(join(folder, 'shards'), { recursive: true });
    writeFileSync(join(folder, 'shards', '99.json'), '{"stale":[0,1]}');
    writeIndex(buildSearchIndex(CORPUS), folder);
    expect(existsSync(join(folder, 'shards', '99.json'))).toBe(false);
  });
});

describe('removeAbandonedIndexes', () => {
  it("removes the folders of builds that are no longer running, and keeps a running build's", () => {
    const root = scratch();
    for (const name of ['101', '202', 'notes']) mkdirSync(join(root, name));
    removeAbandonedIndexes(root, (pid) => pid === 202);
    expect(['101', '202', 'notes'].filter((name) => existsSync(join(root, name)))).toEqual(['202', 'notes']);
  });
});
