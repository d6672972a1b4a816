import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestCaptures, type Outcome } from '../ingest';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
const FOUNDING = join(REPO, 'content', 'captures');

let tmp: string;
let inbox: string;

const minimalCapture = (title: string) =>
  `# ${title}\n\nBy [Ann Poe](#)\n\nGlobal Research, December 28, 2016\n\nThe city was quiet on the morning of ${title}.\n`;

/**
 * A hundred captures, handed to the two threads in batches: the last ones repeat, clash with or copy the first
 * ones, which another thread converted.
 */
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'ingest-threads-'));
  inbox = join(tmp, 'inbox');
  await mkdir(inbox);
  const founding = (await readdir(FOUNDING)).filter((name) => name.endsWith('.txt')).sort();
  for (const [index, name] of founding.entries())
    await copyFile(join(FOUNDING, name), join(inbox, `a${index}-${name}`));
  await writeFile(join(inbox, 'b-empty.txt'), '');
  for (let index = 10; index < 100; index += 1) {
    await writeFile(join(inbox, `c${index}.txt`), minimalCapture(`Morning Number ${index}`));
  }
  await copyFile(join(FOUNDING, founding[0]!), join(inbox, 'd-copy-of-the-first.txt'));
  await writeFile(join(inbox, 'e-another-empty.txt'), '');
  const secondTitle = /^# (.+)$/m.exec(await readFile(join(FOUNDING, founding[1]!), 'utf8'))?.[1];
  await writeFile(join(inbox, 'f-same-title-as-the-second.txt'), minimalCapture(secondTitle ?? 'missing title'));
  await writeFile(join(inbox, 'g-last.txt'), minimalCapture('The Last Morning'));
  expect(await readdir(inbox)).toHaveLength(100);
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** Runs the ingest command; it exits 1 here, because the inbox holds files it must refuse. */
async function ingestCommand(content: string, threads: number): Promise<string> {
  const run = promisify(execFile);
  const args = ['tsx', 'src/features/ingest/cli.ts', '--threads', String(threads), '--content', content, inbox];
  const result = await run('npx', args, { cwd: REPO, encoding: 'utf8' }).catch(
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
  // A refusal names the stored article by its path, which holds the content folder's name.
  return `${result.stderr}\n${result.stdout}`.replaceAll(basename(content), '<content>');
}

async function snapshot(root: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const folder of ['articles', 'captures']) {
    for (const name of (await readdir(join(root, folder))).sort()) {
      files[`${folder}/${name}`] = (await readFile(join(root, folder, name))).toString('base64');
    }
  }
  return files;
}

/** Outcomes with the content folder's name, which a slug clash's reason gives, taken out. */
async function ingestOn(threads: number, content: string): Promise<Outcome[]> {
  const outcomes = await ingestCaptures([inbox], { contentRoot: content, threads });
  return JSON.parse(JSON.stringify(outcomes).replaceAll(basename(content), '<content>')) as Outcome[];
}

describe('ingest on two threads', () => {
  it('writes the same files and reports the same outcomes, in the same order, as on one', async () => {
    const [one, two] = [join(tmp, 'one-thread'), join(tmp, 'two-threads')];
    const outcomes = await ingestOn(1, one);
    expect(outcomes.filter((outcome) => outcome.status === 'written')).toHaveLength(96);
    expect(outcomes.find((outcome) => outcome.file.endsWith('d-copy-of-the-first.txt'))).toMatchObject({
      status: 'duplicate',
    });
    expect(await ingestOn(2, two)).toEqual(outcomes);
    expect(await snapshot(two)).toEqual(await snapshot(one));

    // Again: the stored articles are read back on both threads, and nothing changes.
    const before = await snapshot(two);
    const again = await ingestOn(2, two);
    expect(again.map((outcome) => outcome.status)).toEqual(
      outcomes.map((outcome) => (outcome.status === 'written' ? 'unchanged' : outcome.status)),
    );
    expect(await snapshot(two)).toEqual(before);
  }, 60_000);

  it('runs on the number of threads the command is given, with the same result', async () => {
    const [one, two] = [join(tmp, 'command-one-thread'), join(tmp, 'command-two-threads')];
    const [report, parallelReport] = await Promise.all([ingestCommand(one, 1), ingestCommand(two, 2)]);
    expect(report).toContain('100 capture(s): 96 written, 0 unchanged, 1 duplicate(s), 3 refused');
    expect(report).toMatch(/e-another-empty\.txt: refused: the file is empty \(same bytes as .*b-empty\.txt\)/);
    expect(report).toMatch(/f-same-title-as-the-second\.txt: refused: its title gives the slug/);
    expect(parallelReport).toBe(report);
    expect(await snapshot(two)).toEqual(await snapshot(one));
  }, 60_000);
});
