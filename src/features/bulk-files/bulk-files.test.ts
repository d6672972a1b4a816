import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { unpackBulkFiles } from './integration';
import {
  BULK_FILES_FOLDER,
  chunked,
  decodeBulkFiles,
  encodeBulkFiles,
  inParts,
  type PendingBulkFile,
} from './bulk-files';
import { partedText } from '../../shared/parted-text';

describe('encodeBulkFiles / decodeBulkFiles', () => {
  it('gives back every file, text and copies alike, whatever characters the text holds', () => {
    const text = fc.string({ unit: 'binary' });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), text)), (specs) => {
        const files: PendingBulkFile[] = specs.map(([copy, value], at) =>
          copy ? { path: `/c/${at}.txt`, copyOf: `content/${at}.txt` } : { path: `/t/${at}.json`, text: () => value },
        );
        const expected = specs.map(([copy, value], at) =>
          copy ? { path: `/c/${at}.txt`, copyOf: `content/${at}.txt` } : { path: `/t/${at}.json`, text: value },
        );
        expect(decodeBulkFiles(encodeBulkFiles(files), 'chunk')).toEqual(expected);
      }),
    );
  });

  it('runs a copy’s check before listing it, so a capture that fails its checksum fails the build', () => {
    const failing: PendingBulkFile = {
      path: '/captures/a.txt',
      copyOf: 'content/captures/a.txt',
      check: () => {
        throw new Error('content/captures/a.txt: capture sha256 is 00, frontmatter says ff');
      },
    };
    expect(() => encodeBulkFiles([failing])).toThrow(/sha256/);
  });

  it('refuses a path that would land outside the built site', () => {
    for (const path of ['../x', '/a/../../x', 'relative.txt', '/folder/']) {
      expect(() => encodeBulkFiles([{ path, text: () => '' }])).toThrow(/site root/);
      expect(() => decodeBulkFiles(`${JSON.stringify({ path, text: '' })}\n`, 'chunk')).toThrow(/site root/);
    }
  });

  it('names the chunk and line of a malformed entry', () => {
    expect(() => decodeBulkFiles('{"path":"/a","text":"x"}\n{"path":"/b"}\n', 'dist/bulk-files/0000.ndjson')).toThrow(
      'dist/bulk-files/0000.ndjson:2: expected {path, text}, {path, text, continues: true} or {path, copyOf}',
    );
  });
});

describe('inParts', () => {
  it('makes one entry a part, each continuing the one before, and one empty file of no parts', () => {
    const parts = inParts(
      '/data/all.jsonl',
      partedText(['a', 'b', 'c'], (item) => `${item}\n`),
    );
    expect(decodeBulkFiles(encodeBulkFiles(parts), 'chunk')).toEqual([
      { path: '/data/all.jsonl', text: 'a\n' },
      { path: '/data/all.jsonl', text: 'b\n', continues: true },
      { path: '/data/all.jsonl', text: 'c\n', continues: true },
    ]);
    expect(decodeBulkFiles(encodeBulkFiles(inParts('/data/all.jsonl', partedText([], String))), 'chunk')).toEqual([
      { path: '/data/all.jsonl', text: '' },
    ]);
  });

  it('produces no part until its chunk is rendered', () => {
    const made: string[] = [];
    const parts = inParts(
      '/data/all.jsonl',
      partedText(['a', 'b'], (item) => (made.push(item), item)),
    );
    expect(made).toEqual([]);
    encodeBulkFiles(parts.slice(0, 1));
    expect(made).toEqual(['a']);
  });
});

describe('chunked', () => {
  it('splits in order into chunks of the size, the last one shorter', () => {
    expect(chunked([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunked([], 2)).toEqual([]);
  });
});

describe('unpackBulkFiles', () => {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulk-files-'));
    made.push(dir);
    return dir;
  };

  it('writes each file under the site, copies byte for byte, and removes the chunks', () => {
    const root = tempDir();
    const outDir = join(root, 'dist');
    const capture = Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0x0d, 0x0a, 0xff]);
    mkdirSync(join(root, 'content'), { recursive: true });
    writeFileSync(join(root, 'content', 'a.txt'), capture);
    mkdirSync(join(outDir, BULK_FILES_FOLDER), { recursive: true });
    writeFileSync(
      join(outDir, BULK_FILES_FOLDER, '0000.ndjson'),
      encodeBulkFiles([
        { path: '/articles/a/citation.bib', text: () => '@article{a,\n  title = {Ünïcode “quotes”}\n}\n' },
        { path: '/captures/a.txt', copyOf: 'content/a.txt' },
      ]),
    );
    writeFileSync(
      join(outDir, BULK_FILES_FOLDER, '0001.ndjson'),
      encodeBulkFiles([{ path: '/search/text/0.json', text: () => '[]' }]),
    );

    expect(unpackBulkFiles(outDir, root)).toBe(3);
    expect(readFileSync(join(outDir, 'articles/a/citation.bib'), 'utf8')).toBe(
      '@article{a,\n  title = {Ünïcode “quotes”}\n}\n',
    );
    expect(readFileSync(join(outDir, 'captures/a.txt')).equals(capture)).toBe(true);
    expect(readFileSync(join(outDir, 'search/text/0.json'), 'utf8')).toBe('[]');
    expect(readdirSync(outDir).sort()).toEqual(['articles', 'captures', 'search']);
  });

  it('writes a file in parts across chunks, in order, and counts it once', () => {
    const outDir = join(tempDir(), 'dist');
    const parts = inParts(
      '/data/articles.jsonl',
      partedText(['{"a":1}', '{"b":"ü"}', '{"c":3}'], (line) => `${line}\n`),
    );
    mkdirSync(join(outDir, BULK_FILES_FOLDER), { recursive: true });
    writeFileSync(
      join(outDir, BULK_FILES_FOLDER, '0000.ndjson'),
      encodeBulkFiles([{ path: '/a.txt', text: () => 'a' }, ...parts.slice(0, 2)]),
    );
    writeFileSync(
      join(outDir, BULK_FILES_FOLDER, '0001.ndjson'),
      encodeBulkFiles([...parts.slice(2), { path: '/b.txt', text: () => 'b' }]),
    );

    expect(unpackBulkFiles(outDir, outDir)).toBe(3);
    expect(readFileSync(join(outDir, 'data/articles.jsonl'), 'utf8')).toBe('{"a":1}\n{"b":"ü"}\n{"c":3}\n');
    expect(readFileSync(join(outDir, 'b.txt'), 'utf8')).toBe('b');
  });

  it('refuses a part whose file the entry before it did not write', () => {
    const outDir = join(tempDir(), 'dist');
    mkdirSync(join(outDir, BULK_FILES_FOLDER), { recursive: true });
    const [first, second] = inParts('/data/x.jsonl', partedText(['1', '2'], String));
    writeFileSync(
      join(outDir, BULK_FILES_FOLDER, '0000.ndjson'),
      encodeBulkFiles([first!, { path: '/other.txt', text: () => '' }, second!]),
    );
    expect(() => unpackBulkFiles(outDir, outDir)).toThrow(
      /0000\.ndjson: \/data\/x\.jsonl continues a file the entry before it did not write/,
    );
  });

  it('does nothing for a site without chunks', () => {
    const outDir = tempDir();
    expect(unpackBulkFiles(outDir, outDir)).toBe(0);
    expect(readdirSync(outDir)).toEqual([]);
  });
});
