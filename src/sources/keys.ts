/**
 * The config keys of a company entry, declared as data: every adapter declares its own keys here
 * (`SourceAdapter.keys`), and both the settings validation (settings/companies.ts) and the
 * config.schema.json generator (scripts/generate-docs.ts) read these declarations.
 */

/** A bare identifier (board token, site name, account): letters, digits, ".", "_", "-". */
export const TOKEN_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._-]*$';

export type CompanyKey = { required?: boolean; hint: string } & (
  | { kind: 'token' }
  /** One http(s) URL. */
  | { kind: 'url' }
  /** A non-empty list of http(s) URLs. */
  | { kind: 'urls' }
  /** A non-empty string. */
  | { kind: 'text' }
  | { kind: 'int'; min: number; max: number }
  | { kind: 'enum'; values: readonly string[] }
);

export type CompanyKeys = Readonly<Record<string, CompanyKey>>;

/** Keys every source takes (besides `source` itself). */
export const COMMON_KEYS: CompanyKeys = {
  name: { kind: 'text', hint: 'the display name; by default the board name, or the employer' },
  base_url: { kind: 'url', hint: 'overrides the API origin, for proxies, mirrors and tests' },
  search: { kind: 'text', hint: 'a search text, where the source supports it' },
  location: { kind: 'text', hint: 'a location filter, where the source supports it' },
  max_pages: { kind: 'int', min: 1, max: 1000, hint: 'the cap on pages fetched from a paged API' },
};
