import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../src/shared/digest';
import { EXTRA_CAPTURES } from './fixtures/founding-articles';

/**
 * The archive's own workflow is adding captures: after `npm run ingest` of any valid capture and
 * `npm run entities`, every check that reads content/ must still pass. This copies the project, grows its
 * collection by the made-up captures in tests/fixtures/extra-captures/, and runs those checks in the copy.
 * Browser tests need a build, which this leaves out to stay cheap; they derive what they expect from content/.
 */

const PROJECT = fileURLToPath(new URL('..', import.meta.url));
const COPIED = [
  'src',
  'content',
  'tests',
  'astro.config.ts',
  'tsconfig.json',
  'vitest.config.ts',
  'package.json',
  'package-lock.json',
];
/** Modules through which code under test reads content/: every unit test that imports them reads the collection. */
const CONTENT_READERS = ['tests/e2e/support/collection.ts', 'src/features/entities/load-aliases.ts'];
/** A test file that names the project's content folder itself ('content/…', '../content/', ('content', …)) reads it too. */
const NAMES_CONTENT = /(?:['"`]|\.\.\/)content\/|\(\s*['"`]content['"`]/;

let copy: string;

beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), 'archive-growing-'));
  for (const entry of COPIED) await cp(join(PROJECT, entry), join(copy, entry), { recursive: true });
  await symlink(join(PROJECT, 'node_modules'), join(copy, 'node_modules'), 'dir');
});

afterAll(async () => {
  if (copy) await rm(copy, { recursive: true, force: true });
});

/** Runs a command in the copy; resolves with its exit code and everything it printed, never throws. */
function runInCopy(command: string, args: string[]): Promise<{ code: number; output: string }> {
  // The environment of this vitest run would make the nested one think it is a worker of this one.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
  return new Promise((resolve) => {
    execFile(command, args, { cwd: copy, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, output: `$ ${command} ${args.join(' ')}\n${stdout}${stderr}` });
    });
  });
}

async function testFilesNamingContent(folder: string): Promise<string[]> {
  const names = await readdir(join(copy, folder), { recursive: true });
  const tests = names.filter((name) => name.endsWith('.test.ts')).map((name) => join(folder, name));
  const reading = await Promise.all(
    tests.map(async (path) => NAMES_CONTENT.test(await readFile(join(copy, path), 'utf8'))),
  );
  return tests.filter((_, index) => reading[index]);
}

describe('a collection grown by four more captures', () => {
  it('ingests them, finds their names, and passes every check that reads content/', async () => {
    const extras = (await readdir(EXTRA_CAPTURES)).filter((name) => name.endsWith('.txt'));
    expect(extras).toHaveLength(4);

    const ingest = await runInCopy('npm', ['run', 'ingest', '--', '--quiet', relative(PROJECT, EXTRA_CAPTURES)]);
    expect(ingest.code, ingest.output).toBe(0);
    // Whether or not the collection held them already, it now holds each extra capture byte for byte.
    const captures = join(copy, 'content', 'captures');
    const stored = new Set(
      await Promise.all((await readdir(captures)).map(async (name) => sha256Hex(await readFile(join(captures, name))))),
    );
    for (const extra of extras) {
      expect(stored.has(sha256Hex(await readFile(join(EXTRA_CAPTURES, extra)))), extra).toBe(true);
    }

    const entities = await runInCopy('npm', ['run', 'entities']);
    expect(entities.code, entities.output).toBe(0);
    const check = await runInCopy('npm', ['run', 'entities', '--', '--check']);
    expect(check.code, check.output).toBe(0);

    const self = relative(PROJECT, fileURLToPath(import.meta.url));
    const named = (await testFilesNamingContent('src')).filter((path) => path !== self);
    // `vitest related` runs the given test files and every test that imports a given module, however deeply.
    const unit = await runInCopy('npx', [
      'vitest',
      'related',
      '--run',
      ...CONTENT_READERS,
      ...named,
      '--exclude',
      self,
    ]);
    expect(unit.code, unit.output).toBe(0);
  }, 300_000);
});
