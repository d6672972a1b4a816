/** A capture the archive refuses, with the reason a person can act on. */
export class IngestError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'IngestError';
  }
}
