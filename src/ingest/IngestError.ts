/** A problem with one input: the message names the file, what was expected and what was found. */
export class IngestError extends Error {
  constructor(
    readonly source: string,
    message: string,
  ) {
    super(`${source}: ${message}`);
    this.name = 'IngestError';
  }
}
