import { expect } from 'vitest';
import { IngestError } from '../ingest-error';
import type { ArchivedPage, WebArchive } from './archived-page';

/** The pages an archive yields before it ends or is refused, and the refusal's reason if it was. */
export async function collect(archive: WebArchive): Promise<{ read: ArchivedPage[]; refusal: string | undefined }> {
  const read: ArchivedPage[] = [];
  try {
    for await (const page of archive.pages) read.push(page);
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    return { read, refusal: error.reason };
  }
  return { read, refusal: undefined };
}

/** The reason an ingest step is refused with; fails the test if it is not refused. */
export async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return (error as IngestError).reason;
  }
  throw new Error('expected a refusal');
}
