import { execFile, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestCaptures, type Outcome } from '../ingest';
import { acquireIngestLock, IngestLockBusy, lockPathOf } from '../ingest-lock';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
const run = promisify(execFile);

let tmp: string;
let contentRoot: string;
let inbox: string;

beforeEach(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'ingest-safe-'));
  contentRoot = join(tmp, 'content');
  inbox = join(tmp, 'inbox');
  await mkdir(inbox);
});

afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

function capture(title: string, body: string): string {
  return `# ${title}\n\nBy [Ann Poe](#)\n\nGlobal Research, December 28, 2016\n\n${body}\n`;
}

async function inboxFile(name: string, contents: string, folder = inbox): Promise<string> {
  await mkdir(folder, { recursive: true });
  const path = join(folder, name);
  await writeFile(path, contents);
  return path;
}

/** Every name in the content folder and its two subfolders, dotfiles included. */
async function everything(): Promise<string[]> {
  const names: string[] = [];
  for (const folder of ['', 'articles', 'captures']) {
    const entries = await readdir(join(contentRoot, folder), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) if (entry.isFile()) names.push(join(folder, entry.name));
  }
  return names.sort();
}

const written = (outcomes: Outcome[]) =>
  outcomes.flatMap((outcome) => (outcome.status === 'written' ? [outcome.slug] : []));
const reasonOf = (outcome: Outcome | undefined) => (outcome?.status === 'refused' ? outcome.reason : '');

/** The pid of a process that has just ended, so no process has it. */
function deadPid(): number {
  const ended = spawnSync(process.execPath, ['-e', '']);
  return ended.pid!;
}

describe('ingest lock: one run at a time per content folder', () => {
  it('makes a run told not to wait stop with nothing written while another run holds the folder', async () => {
    const held = await acquireIngestLock(contentRoot);
    try {
      const file = await inboxFile('a.md', capture('Same Title', 'First capture.'));
      const attempt = ingestCaptures([file], { contentRoot, lock: { wait: false } });
      await expect(attempt).rejects.toBeInstanceOf(IngestLockBusy);
      await expect(attempt).rejects.toMatchObject({ holder: { pid: process.pid, host: hostname() } });
      expect(await everything()).toEqual(['.ingest.lock']);
    } finally {
      held.release();
    }
    expect(await everything()).toEqual([]);
  });

  it('makes a second run wait for the first, then read what the first wrote, so both captures are kept', async () => {
    const first = await inboxFile('a.md', capture('Same Title', 'First capture.'));
    const second = await inboxFile('b.md', capture('Same Title', 'Second capture.'));
    // What the first run writes, made beforehand in a folder of its own.
    const firstRoot = join(tmp, 'first');
    await ingestCaptures([first], { contentRoot: firstRoot });
    const held = await acquireIngestLock(contentRoot);
    const waits: number[] = [];
    const waiting = ingestCaptures([second], {
      contentRoot,
      lock: {
        onWait: (holder) => {
          waits.push(holder.pid);
          // The holder puts its files in place while the second run waits, then lets go.
          void cp(firstRoot, contentRoot, { recursive: true }).then(() => held.release());
        },
      },
    });
    expect(written(await waiting)).toEqual(['same-title-global-research']);
    expect(waits).toEqual([process.pid]);
    expect(await everything()).toEqual([
      'articles/same-title-global-research.md',
      'articles/same-title.md',
      'captures/same-title-global-research.txt',
      'captures/same-title.txt',
    ]);
    expect(await readFile(join(contentRoot, 'captures', 'same-title.txt'), 'utf8')).toContain('First capture.');
  });

  it('takes over a lock left by a run that no longer exists', async () => {
    await mkdir(contentRoot, { recursive: true });
    const stale = { pid: deadPid(), host: hostname(), startedAt: '2026-12-01T10:00:00.000Z', token: 'stale' };
    await writeFile(lockPathOf(contentRoot), JSON.stringify(stale));
    const file = await inboxFile('a.md', capture('Same Title', 'First capture.'));
    const taken: (number | undefined)[] = [];
    const outcomes = await ingestCaptures([file], {
      contentRoot,
      lock: { wait: false, onStale: (holder) => taken.push(holder?.pid) },
    });
    expect(written(outcomes)).toEqual(['same-title']);
    expect(taken).toEqual([stale.pid]);
    expect(await everything()).not.toContain('.ingest.lock');
  });

  it('keeps every capture when two ingest commands run at once on same-titled captures, and each report is true', async () => {
    const count = 30;
    const folders = ['a', 'b'].map((name) => join(tmp, name));
    for (const folder of folders)
      for (let n = 0; n < count; n += 1)
        await inboxFile(`${String(n).padStart(3, '0')}.md`, capture('Same Title', `Capture ${folder} ${n}.`), folder);
    const ingestFolder = (folder: string) =>
      run('npx', ['tsx', 'src/features/ingest/cli.ts', '--quiet', '--content', contentRoot, folder], {
        cwd: REPO,
        encoding: 'utf8',
      });
    const [a, b] = await Promise.all(folders.map(ingestFolder));
    for (const result of [a!, b!]) {
      expect(result.stdout).toContain(`${count} capture(s): ${count} written, 0 unchanged, 0 duplicate(s), 0 refused`);
    }
    const articles = await readdir(join(contentRoot, 'articles'));
    expect(articles).toHaveLength(2 * count);
    // Each capture's text survives in exactly one article.
    const texts = await Promise.all(articles.map((name) => readFile(join(contentRoot, 'articles', name), 'utf8')));
    for (const folder of folders)
      for (let n = 0; n < count; n += 1)
        expect(texts.filter((text) => text.includes(`Capture ${folder} ${n}.`))).toHaveLength(1);
  }, 120_000);
});

describe('ingest writes: all or nothing for each capture', () => {
  it('keeps no capture and no temporary file when the article cannot be written, and names why', async () => {
    // A folder where the article file should go: renaming the article onto it fails after the capture is in place.
    await mkdir(join(contentRoot, 'articles', 'blocked-title.md'), { recursive: true });
    const file = await inboxFile('a.md', capture('Blocked Title', 'A capture.'));
    const [outcome] = await ingestCaptures([file], { contentRoot });
    expect(outcome?.status).toBe('refused');
    expect(reasonOf(outcome)).toMatch(
      /^cannot write .*articles\/blocked-title\.md: [^;]*directory \(EISDIR\); nothing of this capture was kept$/,
    );
    expect(await everything()).toEqual([]);
  });

  it('removes the temporary files that a killed run left, and keeps every real file', async () => {
    const file = await inboxFile('a.md', capture('A Title', 'A capture.'));
    await ingestCaptures([file], { contentRoot });
    const leftovers = ['captures/.a-title.txt.4242-1.ingest-partial', 'articles/.a-title.md.4242-2.ingest-partial'];
    for (const name of leftovers) await writeFile(join(contentRoot, name), '');
    const removed: string[] = [];
    const second = await inboxFile('b.md', capture('Another Title', 'Another capture.'));
    await ingestCaptures([second], { contentRoot, onLeftover: (path) => removed.push(path) });
    expect(removed.sort()).toEqual(leftovers.map((name) => join(contentRoot, name)).sort());
    expect(await everything()).toEqual([
      'articles/a-title.md',
      'articles/another-title.md',
      'captures/a-title.txt',
      'captures/another-title.txt',
    ]);
  });
});

describe('ingest: paths that cannot be read', () => {
  it('calls a loop of symbolic links a loop, not a missing file', async () => {
    const loop = join(inbox, 'loop-a.md');
    await symlink(join(inbox, 'loop-b.md'), loop);
    await symlink(loop, join(inbox, 'loop-b.md'));
    const [outcome] = await ingestCaptures([loop], { contentRoot });
    expect(reasonOf(outcome)).toBe('a loop of symbolic links that never reaches a file (ELOOP)');
  });
});
