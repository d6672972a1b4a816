import { createHash } from 'node:crypto';

/** The checksum that identifies a capture: the ingest matches captures by it, the site verifies copies by it. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
