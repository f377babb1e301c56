import { createHttpClient } from '../../src/http/client.ts';
import { silentLogger } from '../../src/log.ts';
import type { SourceContext } from '../../src/sources/types.ts';

/** What an adapter gets in a test: the real client without retries, a silent log, a fixed clock. */
export function sourceContext(now: Date): SourceContext {
  return { http: createHttpClient({ retries: 0 }), log: silentLogger, now };
}
