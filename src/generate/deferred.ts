/** A job the generator leaves for the next run (the LLM's daily limit was reached, on_quota: defer). */
export class JobDeferred extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'JobDeferred';
  }
}
