import { SOURCE_NAMES, getSource } from '../sources/index.ts';
import { isHttpUrl } from '../sources/site-common.ts';
import type { CompanyConfig } from '../sources/types.ts';
import { SettingsError, didYouMean, showUrl, showValue } from './errors.ts';

const COMMON_KEYS = ['name', 'source', 'base_url', 'search', 'location', 'max_pages'];

/**
 * Parses the `companies` input shorthand: one `source:value` per line (or comma separated),
 * optionally `Name=source:value`. The value fills the source's shorthand key.
 */
export function parseCompanyShorthand(lines: string[]): CompanyConfig[] {
  return lines.map((line) => {
    const named = /^([^=:]+)=(.+)$/.exec(line);
    const spec = named ? named[2].trim() : line;
    const colon = spec.indexOf(':');
    if (colon <= 0 || colon === spec.length - 1) {
      throw new SettingsError(
        `input companies: ${showValue(line)} is not valid; allowed: one "source:id" per line, e.g. "greenhouse:vercel" (sources: ${SOURCE_NAMES.join(', ')})`,
      );
    }
    const source = spec.slice(0, colon).trim().toLowerCase();
    const value = spec.slice(colon + 1).trim();
    const adapter = getSource(source);
    if (!adapter) {
      throw new SettingsError(
        `input companies: unknown source ${showValue(source)} in ${showValue(line)}${didYouMean(source, SOURCE_NAMES)}; allowed: ${SOURCE_NAMES.join(', ')}`,
      );
    }
    const key = adapter.shorthandKey;
    const name = named ? named[1].trim() : (adapter.defaultName ?? defaultName(value));
    return { name, source, [key]: key === 'urls' ? [value] : value };
  });
}

/**
 * A readable company name from a board id or URL: "vercel" -> "vercel", a URL -> its host. Sources of
 * one employer (amazon, ...) use the adapter's `defaultName` instead: their value is a search text.
 */
function defaultName(value: string): string {
  try {
    const u = new URL(value);
    return u.hostname.replace(/^www\./, '').split('.')[0];
  } catch {
    return value;
  }
}

/** Checks one company entry from any origin; `where` is e.g. `config.json: companies[2] ("Acme")`. */
export function validateCompany(raw: unknown, where: string): CompanyConfig {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new SettingsError(
      `${where}: must be an object like {"name": "Vercel", "source": "greenhouse", "board": "vercel"}`,
    );
  }
  const c = raw as Record<string, unknown>;
  if (typeof c.source !== 'string' || !c.source) {
    throw new SettingsError(`${where}: "source" is required; allowed: ${SOURCE_NAMES.join(', ')}`);
  }
  const adapter = getSource(c.source);
  if (!adapter) {
    throw new SettingsError(
      `${where}: unknown source ${showValue(c.source)}${didYouMean(c.source, SOURCE_NAMES)}; allowed: ${SOURCE_NAMES.join(', ')}`,
    );
  }
  const allowed = [...COMMON_KEYS, ...adapter.keys];
  for (const key of Object.keys(c)) {
    if (!allowed.includes(key)) {
      throw new SettingsError(
        `${where}: unknown key ${showValue(key)}${didYouMean(key, allowed)}; allowed for ${adapter.name}: ${allowed.join(', ')}`,
      );
    }
  }
  if (c.name !== undefined && (typeof c.name !== 'string' || !c.name.trim())) {
    throw new SettingsError(`${where}: "name" must be a non-empty string`);
  }
  if (c.base_url !== undefined && !isHttpUrl(c.base_url)) {
    throw new SettingsError(
      `${where}: base_url ${showUrl(c.base_url)} is not valid; allowed: an http(s) URL like "http://127.0.0.1:8080"`,
    );
  }
  if (
    c.max_pages !== undefined &&
    !(Number.isInteger(c.max_pages) && (c.max_pages as number) >= 1 && (c.max_pages as number) <= 1000)
  ) {
    throw new SettingsError(
      `${where}: max_pages ${showValue(c.max_pages)} is not valid; allowed: a whole number from 1 to 1000`,
    );
  }
  for (const key of ['search', 'location'] as const) {
    if (c[key] !== undefined && typeof c[key] !== 'string') {
      throw new SettingsError(`${where}: ${key} must be a string`);
    }
  }
  const company: CompanyConfig = {
    ...c,
    name: (c.name as string | undefined)?.trim() || '',
    source: c.source,
  };
  const problems = adapter.validate(company);
  if (problems.length) throw new SettingsError(`${where}: ${problems[0]}`);
  if (!company.name)
    company.name = adapter.defaultName ?? defaultName(String(company[adapter.shorthandKey] ?? adapter.name));
  return company;
}

/** Identity of a company for merging config + input lists. */
export function companyIdentity(c: CompanyConfig): string {
  const adapter = getSource(c.source);
  const v = adapter ? c[adapter.shorthandKey] : c.name;
  // A single-employer source without `search` has no shorthand value: one such entry per source.
  return `${c.source}:${JSON.stringify(v ?? null).toLowerCase()}`;
}
