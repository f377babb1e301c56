import type { SourceAdapter } from './types.ts';
import { atsSources } from './ats-sources.ts';
import { siteSources } from './site-sources.ts';

/** Every job source by its registry name (`source:` in config, `name:` in the companies shorthand). */
export const SOURCES: ReadonlyMap<string, SourceAdapter> = new Map(
  [...atsSources, ...siteSources].map((s) => [s.name, s]),
);

export const SOURCE_NAMES: readonly string[] = [...SOURCES.keys()];

export function getSource(name: string): SourceAdapter | undefined {
  return SOURCES.get(name);
}
