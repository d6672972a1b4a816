import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Random once per thread (each loads this module), then counted: unique names without random bytes per file. */
const TEMPORARY_PREFIX = `.${randomBytes(6).toString('hex')}-`;
let temporaries = 0;

/**
 * A temporary file beside the target, then a rename: readers see the old file or the new one, never half of one.
 * Synchronous, as each write takes well under a millisecond; the folder must exist.
 */
export function writeAtomically(path: string, contents: string | Uint8Array): void {
  const temporary = join(dirname(path), `${TEMPORARY_PREFIX}${(temporaries += 1)}.tmp`);
  try {
    writeFileSync(temporary, contents);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
