import { IngestError } from '../ingest-error';

/** `warcName` names the WARC inside a WACZ; a lone WARC is the file the caller already names. */
export function cutShort(offset: number, warcName?: string): IngestError {
  return new IngestError(`the WARC${warcName ? ` ${warcName}` : ''} is cut short at byte ${offset}`);
}

export function malformedRecord(offset: number, problem: string, warcName?: string): IngestError {
  return new IngestError(
    `the WARC record at byte ${offset}${warcName ? ` of ${warcName}` : ''} is malformed (${problem})`,
  );
}
