import { SOURCE_NAMES, getSource } from '../sources/index.ts';
import { COMMON_KEYS, TOKEN_PATTERN, type CompanyKey } from '../sources/keys.ts';
import { isHttpUrl } from '../sources/site-common.ts';
import type { CompanyConfig, SourceAdapter } from '../sources/types.ts';
import { SettingsError, didYouMean, showUrl, showValue } from './errors.ts';

const TOKEN = new RegExp(TOKEN_PATTERN);

/** What a declared key allows, for the "allowed:" part of a message. */
function allowedText(key: CompanyKey): string {
  switch (key.kind) {
    case 'token':
      return `the bare name (${key.hint}): letters, digits, ".", "_", "-"`;
    case 'url':
      return `an http(s) URL (${key.hint})`;
    case 'urls':
      return `a list of http(s) URLs (${key.hint})`;
    case 'text':
      return `a non-empty string (${key.hint})`;
    case 'int':
      return `a whole number from ${key.min} to ${key.max} (${key.hint})`;
    case 'enum':
      return `${key.values.join(', ')} (${key.hint})`;
  }
}

/** Whether a present value fits its declaration. */
function fits(key: CompanyKey, value: unknown): boolean {
  switch (key.kind) {
    case 'token':
      return typeof value === 'string' && TOKEN.test(value.trim());
    case 'url':
      return isHttpUrl(value);
    case 'urls':
      return Array.isArray(value) && value.length > 0 && value.every(isHttpUrl);
    case 'text':
      return typeof value === 'string' && value.trim() !== '';
    case 'int':
      return Number.isInteger(value) && (value as number) >= key.min && (value as number) <= key.max;
    case 'enum':
      return typeof value === 'string' && key.values.includes(value);
  }
}

/**
 * Problems of one company entry against the keys its source declares (and the common ones): unknown
 * keys (with "did you mean"), missing required keys, values of the wrong kind; then the source's own
 * further checks. One-line messages naming the key; empty when fine.
 */
export function companyProblems(adapter: SourceAdapter, company: Record<string, unknown>): string[] {
  const declared: Record<string, CompanyKey> = { ...COMMON_KEYS, ...adapter.keys };
  const allowed = ['source', ...Object.keys(declared)];
  for (const key of Object.keys(company)) {
    if (!allowed.includes(key))
      return [
        `unknown key ${showValue(key)}${didYouMean(key, allowed)}; allowed for ${adapter.name}: ${allowed.join(', ')}`,
      ];
  }
  const problems: string[] = [];
  for (const [name, key] of Object.entries(declared)) {
    const value = company[name];
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length)) {
      if (key.required) problems.push(`${name}: required for source "${adapter.name}" (${key.hint})`);
      else if (value !== undefined) problems.push(`${name}: must not be empty; allowed: ${allowedText(key)}`);
    } else if (!fits(key, value)) {
      // A list of URLs is shown by its first bad entry.
      const bad =
        key.kind === 'urls' && Array.isArray(value)
          ? ((value as unknown[]).find((u) => !isHttpUrl(u)) ?? value)
          : value;
      const shown = key.kind === 'url' || key.kind === 'urls' ? showUrl(bad) : showValue(bad);
      const forSource = name in adapter.keys ? ` for source "${adapter.name}"` : '';
      problems.push(`${name}: ${shown} is not valid${forSource}; allowed: ${allowedText(key)}`);
    }
  }
  if (problems.length) return problems;
  return adapter.validate?.(company as CompanyConfig) ?? [];
}

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
  const problems = companyProblems(adapter, c);
  if (problems.length) throw new SettingsError(`${where}: ${problems[0]}`);
  const company: CompanyConfig = {
    ...c,
    name: (c.name as string | undefined)?.trim() || '',
    source: c.source,
  };
  if (!company.name) {
    const shorthand = company[adapter.shorthandKey];
    const value = Array.isArray(shorthand) ? (shorthand as unknown[])[0] : shorthand;
    company.name = adapter.defaultName ?? defaultName(typeof value === 'string' ? value : adapter.name);
  }
  return company;
}

/** Identity of a company for merging config + input lists. */
export function companyIdentity(c: CompanyConfig): string {
  const adapter = getSource(c.source);
  const v = adapter ? c[adapter.shorthandKey] : c.name;
  // A single-employer source without `search` has no shorthand value: one such entry per source.
  return `${c.source}:${JSON.stringify(v ?? null).toLowerCase()}`;
}
