/**
 * What an LLM server's answer means for the run, decided from its status, headers and error body:
 * retry soon, stop asking for the rest of the run (quota, refused credentials, unknown model), or
 * correct the request (reasoning models' parameters). Pure: no IO, no clock.
 */
import { parseRetryAfterMs } from '../http/retry-policy.ts';

/** What a failed request tells us, in the parts the policy reads. */
export interface ServerError {
  status: number;
  /** The error object of the body (`{ error: {...} }` -> its inside), when there is one. */
  error?: { code?: unknown; message?: unknown; details?: unknown; param?: unknown; type?: unknown } | null;
  message: string;
  headers?: { get(name: string): string | null } | null;
}

export type StopKind = 'quota' | 'refused' | 'unknown-model';

export type Verdict =
  | { action: 'retry'; delayMs: number }
  | { action: 'stop'; kind: StopKind; waitMs?: number }
  | { action: 'fix-param'; param: 'max_tokens' | 'temperature' }
  | { action: 'fail' };

function text(e: ServerError): string {
  const inner = e.error ?? {};
  return [inner.code, inner.message, inner.details, inner.type, e.message]
    .filter((v) => typeof v === 'string')
    .join(' ');
}

/**
 * How long the server asks us to wait: retry-after-ms, Retry-After (seconds or a date), or the
 * "Please wait N seconds" of GitHub Models' and Azure's rate-limit messages.
 */
export function serverWaitMs(e: ServerError, now = Date.now()): number | undefined {
  const ms = e.headers?.get('retry-after-ms');
  if (ms && /^\d+(\.\d+)?$/.test(ms.trim())) return Number(ms);
  const after = parseRetryAfterMs(e.headers?.get('retry-after') ?? null, now);
  if (after !== undefined) return after;
  const said = /wait (\d+) seconds?/i.exec(text(e));
  return said ? Number(said[1]) * 1000 : undefined;
}

/**
 * A 429 that will not heal within the run: GitHub Models' per-day limit ("Rate limit of 150 per
 * 86400s exceeded for UserByModelByDay", `x-ratelimit-type: UserByModelByDay`) or OpenAI's spent
 * credit (`insufficient_quota`).
 */
export function isQuotaExhausted(e: ServerError): boolean {
  if (e.status !== 429) return false;
  const type = e.headers?.get('x-ratelimit-type') ?? '';
  return /ByDay/i.test(type) || /ByDay|per 86400s|insufficient_quota|daily (rate )?limit/i.test(text(e));
}

/** The server does not know the model: GitHub Models' `unknown_model`, OpenAI's `model_not_found`, a 404. */
export function isUnknownModel(e: ServerError): boolean {
  if (e.status === 404) return true;
  return (
    (e.status === 400 || e.status === 422) &&
    /unknown_model|model_not_found|unknown model|model .{0,80}(not found|does not exist)/i.test(text(e))
  );
}

/**
 * A reasoning model's 400 about a parameter we can leave out or rename: "Unsupported parameter:
 * 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead." or
 * "Unsupported value: 'temperature' does not support 0.3 with this model. Only the default (1)
 * value is supported."
 */
export function unsupportedParam(e: ServerError): 'max_tokens' | 'temperature' | undefined {
  if (e.status !== 400 && e.status !== 422) return undefined;
  const param = typeof e.error?.param === 'string' ? e.error.param : '';
  const all = text(e);
  if (param === 'max_tokens' || /'max_tokens'|max_completion_tokens/.test(all)) return 'max_tokens';
  if (
    param === 'temperature' ||
    /'temperature'|\btemperature\b.{0,40}(not supported|unsupported|only the default)/i.test(all)
  )
    return 'temperature';
  return undefined;
}

export interface PolicyOptions {
  /** Longest wait we take from a server's word (Retry-After); past it a 429 means "quota". */
  capMs: number;
  /** Retries left for this request. */
  retriesLeft: number;
  /** The backoff when the server names no wait. */
  backoffMs: number;
  now?: number;
}

/** What to do after an HTTP error answer. */
export function judgeStatus(e: ServerError, opts: PolicyOptions): Verdict {
  if (e.status === 401 || e.status === 403) return { action: 'stop', kind: 'refused' };
  if (isUnknownModel(e)) return { action: 'stop', kind: 'unknown-model' };
  const param = unsupportedParam(e);
  if (param) return { action: 'fix-param', param };
  const wait = serverWaitMs(e, opts.now);
  if (e.status === 429) {
    if (isQuotaExhausted(e) || (wait !== undefined && wait > opts.capMs))
      return { action: 'stop', kind: 'quota', waitMs: wait };
  }
  const transient = e.status === 408 || e.status === 409 || e.status === 429 || e.status >= 500;
  if (!transient || opts.retriesLeft <= 0) return { action: 'fail' };
  // A server that asks for more than the cap is not waited for: this request gives up.
  if (wait !== undefined && wait > opts.capMs) return { action: 'fail' };
  return { action: 'retry', delayMs: wait ?? opts.backoffMs };
}

/**
 * Reasoning models (OpenAI's o-series and the gpt-5 family, also behind GitHub Models as
 * `openai/o4-mini`, `openai/gpt-5-mini`) take `max_completion_tokens` and only the default
 * temperature. Other models are found out from the server's 400 once per run.
 */
export function isReasoningModel(model: string): boolean {
  const name = model.toLowerCase().replace(/^[\w.-]+\//, '');
  return /^o\d+(-|$)/.test(name) || /^gpt-5(\.\d+)?(-|$)/.test(name);
}
