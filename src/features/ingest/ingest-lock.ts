import { randomUUID } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * One ingest at a time per content folder. Each run decides slugs from what is stored when it begins, so two runs
 * at once would both give the same free slug to different captures, and the later rename would silently replace
 * the earlier article. The lock file names the run that holds it, so a person (or the next run) can tell a live
 * holder from one that was killed.
 */

export const LOCK_FILE_NAME = '.ingest.lock';
const POLL_MS = 200;

export interface LockHolder {
  pid: number;
  host: string;
  /** ISO 8601, when the holder took the lock. */
  startedAt: string;
  /** Tells this holding apart from a later one by a process that reused the pid. */
  token: string;
}

export const lockPathOf = (contentRoot: string) => join(contentRoot, LOCK_FILE_NAME);

/** Another run holds the lock and the caller chose not to wait. */
export class IngestLockBusy extends Error {
  constructor(
    readonly lockPath: string,
    readonly holder: LockHolder,
  ) {
    super(`another ingest (${describeHolder(holder)}) holds ${lockPath}`);
    this.name = 'IngestLockBusy';
  }
}

export function describeHolder(holder: LockHolder): string {
  const where = holder.host === hostname() ? '' : ` on ${holder.host}`;
  return `pid ${holder.pid}${where}, started ${holder.startedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}`;
}

export interface LockOptions {
  /** Wait for a live holder to finish (the default), or throw IngestLockBusy at once. */
  wait?: boolean;
  /** Told once when the run starts waiting, and whenever the holder changes. */
  onWait?: (holder: LockHolder, lockPath: string) => void;
  /** Told when a lock left by a run that no longer exists is taken over. */
  onStale?: (holder: LockHolder | undefined, lockPath: string) => void;
}

export interface IngestLock {
  readonly path: string;
  readonly holder: LockHolder;
  release(): void;
}

/** Takes the content folder's ingest lock, waiting for a live holder and taking over from a dead one. */
export async function acquireIngestLock(contentRoot: string, options: LockOptions = {}): Promise<IngestLock> {
  mkdirSync(contentRoot, { recursive: true });
  const path = lockPathOf(contentRoot);
  const holder: LockHolder = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
    token: randomUUID(),
  };
  let lastWaitedFor: string | undefined;
  for (;;) {
    if (tryCreate(path, holder)) return heldLock(path, holder);
    const current = readHolder(path);
    if (current === 'gone') continue;
    if (current === 'unreadable' || !isAlive(current)) {
      if (takeOverStale(path, current)) options.onStale?.(current === 'unreadable' ? undefined : current, path);
      continue;
    }
    if (options.wait === false) throw new IngestLockBusy(path, current);
    if (lastWaitedFor !== current.token) {
      lastWaitedFor = current.token;
      options.onWait?.(current, path);
    }
    await sleep(POLL_MS);
  }
}

/**
 * The lock file appears whole or not at all: it is written under a name of its own, then hard-linked to the lock's
 * name, which fails if a lock is there already.
 */
function tryCreate(path: string, holder: LockHolder): boolean {
  const staged = `${path}.${holder.pid}-${holder.token}`;
  writeFileSync(staged, `${JSON.stringify(holder)}\n`);
  try {
    linkSync(staged, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(staged, { force: true });
  }
}

function readHolder(path: string): LockHolder | 'gone' | 'unreadable' {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockHolder>;
    if (
      typeof parsed.pid === 'number' &&
      typeof parsed.host === 'string' &&
      typeof parsed.startedAt === 'string' &&
      typeof parsed.token === 'string'
    )
      return parsed as LockHolder;
  } catch {
    // Falls through: a lock file that is not one of ours names no run that could still be using it.
  }
  return 'unreadable';
}

/** A holder on another machine cannot be checked from here, so it counts as alive. */
function isAlive(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Moves the stale lock aside before removing it, and checks that what was moved is the stale lock: if another
 * waiter took over first, the fresh lock it made goes back.
 */
function takeOverStale(path: string, stale: LockHolder | 'unreadable'): boolean {
  const aside = `${path}.stale-${process.pid}-${randomUUID()}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  const moved = readHolder(aside);
  const wasStale =
    stale === 'unreadable' ? moved === 'unreadable' : typeof moved === 'object' && moved.token === stale.token;
  if (wasStale) rmSync(aside, { force: true });
  else restore(aside, path);
  return wasStale;
}

function restore(aside: string, path: string): void {
  try {
    linkSync(aside, path);
  } finally {
    rmSync(aside, { force: true });
  }
}

function heldLock(path: string, holder: LockHolder): IngestLock {
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off('exit', release);
    const current = readHolder(path);
    if (typeof current === 'object' && current.token === holder.token) rmSync(path, { force: true });
  };
  // A run that ends through process.exit (a signal handler, an uncaught error) still gives the lock back.
  process.on('exit', release);
  return { path, holder, release };
}
