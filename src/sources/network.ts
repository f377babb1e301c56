/** Which network a company's requests may reach, from the origins the user configured for it. */
import type { NetworkScope } from '../http/address-policy.ts';
import { configuredScope } from '../http/network-guard.ts';
import { withScope } from '../http/scoped.ts';
import type { HttpClient } from '../http/types.ts';
import type { CompanyConfig } from './types.ts';

/**
 * The URLs the user wrote for a company: `base_url` when set (it replaces every other origin), else the
 * source's own page keys (`urls`, `sitemap`, workday's `url`). Empty = the source's public API.
 */
export function configuredUrls(company: CompanyConfig): string[] {
  const base = typeof company.base_url === 'string' ? company.base_url.trim() : '';
  if (base) return [base];
  const urls: unknown[] = Array.isArray(company.urls) ? company.urls : [];
  return [...urls, company.sitemap, company.url].filter((u): u is string => typeof u === 'string');
}

const scopes = new WeakMap<CompanyConfig, Promise<NetworkScope>>();

/**
 * The client for everything done for one company (listing, detail calls, its postings' pages): held to
 * the runner's private network only when the company's configured origin is on it, so a public board
 * cannot send the run (by redirect or a posting's link) to loopback, 10.x or the metadata service.
 */
export async function companyHttp(http: HttpClient, company: CompanyConfig): Promise<HttpClient> {
  let scope = scopes.get(company);
  if (!scope) {
    scope = configuredScope(configuredUrls(company));
    scopes.set(company, scope);
  }
  return withScope(http, await scope);
}
