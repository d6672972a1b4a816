import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../articles/article-file';
import { convertCapture } from '../convert-capture';
import { ingestCaptures } from '../ingest';
import { IngestError } from '../ingest-error';
import { articleSchema } from '../../articles/schemas/article';
import { FOUNDING_CAPTURES } from '../../../../tests/fixtures/founding-articles';

/** CI runs a fixed seed; `FUZZ_RUNS=20000 FUZZ_SEED=… npx vitest run src/features/ingest/tests/fuzz.test.ts` runs more by hand. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1500);
const SEED = Number(process.env.FUZZ_SEED ?? 20161228);

let founding: Uint8Array[] = [];

beforeAll(async () => {
  const names = (await readdir(FOUNDING_CAPTURES)).filter((name) => name.endsWith('.txt')).sort();
  founding = await Promise.all(
    names.map(async (name) => new Uint8Array(await readFile(join(FOUNDING_CAPTURES, name)))),
  );
});

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const lines = (bytes: Uint8Array) => decoder.decode(bytes).split('\n');
const join_ = (parts: string[]) => encoder.encode(parts.join('\n'));

/** Ways a capture gets damaged in the wild, each applied to one founding capture. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('shuffle' as const), seed: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-header' as const), copies: fc.integer({ min: 1, max: 4 }) }),
  fc.record({
    kind: fc.constant('huge-line' as const),
    at: fc.nat(),
    length: fc.integer({ min: 10_000, max: 60_000 }),
  }),
  fc.record({ kind: fc.constant('invalid-utf8' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('empty-section' as const), from: fc.nat(), span: fc.integer({ min: 1, max: 40 }) }),
  fc.record({
    kind: fc.constant('insert-text' as const),
    at: fc.nat(),
    text: fc.string({ unit: 'grapheme', maxLength: 80 }),
  }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(original: Uint8Array, change: Mutation): Uint8Array {
  switch (change.kind) {
    case 'flip': {
      const copy = original.slice();
      copy[change.at % copy.length] = change.value;
      return copy;
    }
    case 'truncate':
      return original.slice(0, change.at % (original.length + 1));
    case 'shuffle': {
      const parts = lines(original);
      let state = change.seed;
      for (let index = parts.length - 1; index > 0; index -= 1) {
        state = (state * 1103515245 + 12345) % 2147483648;
        const other = state % (index + 1);
        [parts[index], parts[other]] = [parts[other]!, parts[index]!];
      }
      return join_(parts);
    }
    case 'duplicate-header': {
      const parts = lines(original);
      const header = parts.slice(0, 16);
      return join_([...Array.from({ length: change.copies }, () => header).flat(), ...parts]);
    }
    case 'huge-line': {
      const parts = lines(original);
      parts.splice(change.at % parts.length, 0, 'word '.repeat(change.length / 5));
      return join_(parts);
    }
    case 'invalid-utf8': {
      const at = change.at % original.length;
      return new Uint8Array([...original.slice(0, at), 0xc3, 0x28, 0xff, ...original.slice(at)]);
    }
    case 'empty-section': {
      const parts = lines(original);
      parts.splice(change.from % parts.length, change.span);
      return join_(parts);
    }
    case 'insert-text': {
      const parts = lines(original);
      parts.splice(change.at % parts.length, 0, change.text);
      return join_(parts);
    }
  }
}

describe('fuzzing the ingest with damaged captures', () => {
  it('either cleans a mutated capture to schema-valid output or refuses it with a reason, never crashing', () => {
    let refused = 0;
    fc.assert(
      fc.property(fc.nat(), mutation, (which, change) => {
        const bytes = mutate(founding[which % founding.length]!, change);
        try {
          const { data, body } = convertCapture(bytes, 'fuzzed.txt');
          expect(articleSchema.safeParse(data).success).toBe(true);
          expect(body.trim().length).toBeGreaterThan(0);
        } catch (error) {
          if (!(error instanceof IngestError)) throw error;
          expect(error.reason.length).toBeGreaterThan(5);
          refused += 1;
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // Some damage must be refused, or the generator is not reaching the checks.
    expect(refused).toBeGreaterThan(0);
  }, 180_000);
});

describe('fuzzing a whole ingest run', () => {
  let workdir: string;
  beforeAll(async () => {
    workdir = await mkdtemp(join(tmpdir(), 'ingest-fuzz-'));
  });
  afterAll(async () => {
    await rm(workdir, { recursive: true, force: true });
  });

  it('leaves no partial file: every article written has its capture and valid frontmatter, and no temporary file remains', async () => {
    const samples = fc.sample(fc.tuple(fc.nat(), mutation), { numRuns: 60, seed: SEED });
    const inbox = join(workdir, 'inbox');
    const content = join(workdir, 'content');
    await rm(inbox, { recursive: true, force: true });
    await mkdir(inbox, { recursive: true });
    for (const [index, [which, change]] of samples.entries()) {
      await writeFile(
        join(inbox, `fuzzed-${String(index).padStart(3, '0')}.txt`),
        mutate(founding[which % founding.length]!, change),
      );
    }
    const outcomes = await ingestCaptures([inbox], { contentRoot: content });
    expect(outcomes).toHaveLength(samples.length);

    const articles = await readdir(join(content, 'articles')).catch(() => [] as string[]);
    const captures = await readdir(join(content, 'captures')).catch(() => [] as string[]);
    // Only finished files: an article and its capture, nothing left over from a write.
    expect(articles.filter((name) => !name.endsWith('.md'))).toEqual([]);
    expect(captures.filter((name) => !name.endsWith('.txt'))).toEqual([]);
    for (const name of articles) {
      const slug = name.replace(/\.md$/, '');
      expect(captures).toContain(`${slug}.txt`);
      const parsed = articleSchema.safeParse(
        parseArticleFile(await readFile(join(content, 'articles', name), 'utf8')).frontmatter,
      );
      expect(parsed.success).toBe(true);
    }
    const written = outcomes.filter((outcome) => outcome.status === 'written').length;
    expect(articles.length).toBe(written);
  }, 60_000);
});
