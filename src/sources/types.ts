import type { HttpClient } from '../http/types.ts';
import type { Logger } from '../log.ts';
import type { Posting } from '../model.ts';
import type { CompanyKeys } from './keys.ts';

/**
 * One company as the user configured it. `source` picks the adapter; the other keys are the
 * adapter's own (board, site, urls, ...). `base_url` overrides the API origin (tests, proxies).
 */
export interface CompanyConfig {
  name: string;
  source: string;
  base_url?: string;
  /** Narrow big employers: a search text and a location, where the API supports it. */
  search?: string;
  location?: string;
  /** Cap on pages fetched for paged APIs. */
  max_pages?: number;
  [key: string]: unknown;
}

export interface SourceContext {
  http: HttpClient;
  log: Logger;
  /** Fires at the company's total deadline. */
  signal?: AbortSignal;
  /** Run start, for relative dates ("Posted 3 days ago") and max age; pure code never reads the clock. */
  now: Date;
}

/** What a source's detail call found; `text` is plain text. */
export interface DetailResult {
  text: string;
  method: 'api' | 'json-ld' | 'html';
  /** Fields the detail knows better than the listing (e.g. applyUrl, salary). */
  patch?: Partial<Posting>;
}

export interface SourceAdapter {
  /** Registry name, as written in `source:` and the `companies` shorthand. */
  readonly name: string;
  /**
   * Company name when the config gives none, for sources that list one employer (amazon -> "Amazon");
   * other sources name the company after their board/site token.
   */
  readonly defaultName?: string;
  /**
   * Keys this source reads besides the common ones, with their kind and whether they are required:
   * settings validation and config.schema.json both read this; other keys are rejected.
   */
  readonly keys: CompanyKeys;
  /** Key that the `companies` shorthand `source:value` fills (e.g. "board"). */
  readonly shorthandKey: string;
  /**
   * Checks beyond what `keys` declares (e.g. the shape of a Workday URL), as one-line messages naming
   * the key and what is allowed; empty when fine. Runs after the declared keys were checked.
   */
  validate?(company: CompanyConfig): string[];
  /** All open postings of the company (already normalized). */
  list(company: CompanyConfig, ctx: SourceContext): Promise<Posting[]>;
  /** Full description of one posting when the listing did not carry it. */
  describe?(posting: Posting, company: CompanyConfig, ctx: SourceContext): Promise<DetailResult | null>;
  /** Where the describe stage fetches the posting's page, when not `posting.url` (url/sitemap: via base_url). */
  pageUrl?(posting: Posting, company: CompanyConfig): string;
}
