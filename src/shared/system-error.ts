import { getSystemErrorMessage } from 'node:util';

/**
 * What went wrong, in the system's words with its code: "permission denied (EACCES)". A loop of symbolic links is
 * spelt out, since the system's "too many symbolic links" reads as a limit rather than a loop. An error that is
 * not the system's keeps its own message.
 */
export function systemReason(error: unknown): string {
  const { code, errno, message } = (error ?? {}) as NodeJS.ErrnoException;
  if (code === 'ELOOP') return 'a loop of symbolic links that never reaches a file (ELOOP)';
  if (code === 'ENOENT') return 'no such file or folder';
  if (typeof errno !== 'number' || !code) return message ?? String(error);
  return `${getSystemErrorMessage(errno).toLowerCase()} (${code})`;
}
