/**
 * The LLM edge: one Chat Completions client per provider. It owns the retry policy (the SDK never
 * retries or sleeps by itself), gives every request an overall deadline, caps the answer's size,
 * scrubs secrets from model text, adapts to reasoning models, limits requests per minute and in
 * flight, accounts tokens against a budget, and stops asking for the rest of the run when the
 * server says it will not answer today (quota), refuses the credentials, does not know the model,
 * or keeps timing out.
 */
import type OpenAI from 'openai';

// The SDK is loaded with the first request: a run without an LLM never pays for it at start-up.
type OpenAIModule = typeof import('openai');
let openaiModule: OpenAIModule | undefined;
async function loadOpenAI(): Promise<OpenAIModule> {
  return (openaiModule ??= await import('openai'));
}
import pLimit, { type LimitFunction } from 'p-limit';
import { backoffDelayMs } from '../http/retry-policy.ts';
import type { Logger } from '../log.ts';
import { silentLogger } from '../log.ts';
import type { Provider, ProviderKind, TokenUsage } from '../model.ts';
import { estimateTokens } from './fit.ts';
import { plural } from '../text/plural.ts';
import { catalogUrl, githubModelLimits } from './github-models.ts';
import { AnswerTooLarge, cappedFetch } from './llm-fetch.ts';
import { isReasoningModel, judgeStatus } from './llm-policy.ts';
import { estimateCost } from './pricing.ts';
import { RpmLimiter, systemClock, type Clock } from './rate-limit.ts';

export type { Provider, ProviderKind } from '../model.ts';

export interface LlmClientOptions {
  provider: Provider;
  /** Our retries of one request on 408/409/429/5xx and connection errors. Default 3. */
  maxRetries?: number;
  /** Overall deadline of one request: headers and the whole body. Default 120 s. */
  timeoutMs?: number;
  /** Longest server-requested wait (Retry-After) we honour; a 429 asking more means "quota". Default 60 s. */
  retryAfterCapMs?: number;
  /** Largest answer body accepted. Default 2 MiB. */
  maxAnswerBytes?: number;
  /** Timed-out requests after which the client stops asking. Default 2. */
  timeoutsBeforeStop?: number;
  /** Requests per minute; 0 = unlimited. Default: GitHub Models' limit of the model, else unlimited. */
  rpm?: number;
  /** Requests in flight at once. Default: GitHub Models' limit of the model, else 4. */
  concurrency?: number;
  /** Token budget (prompt + completion) for the run; calls past it are refused. 0/undefined = none. */
  maxTokens?: number;
  /** Input cap per request in tokens. Default: GitHub Models' limit of the model, else 100000. */
  maxInputTokens?: number;
  /** Output cap per request in tokens. Default: GitHub Models' limit of the model, else 8000. */
  maxOutputTokens?: number;
  /** Secrets that must never pass from model text into anything we write (the API key always is one). */
  secrets?: readonly (string | undefined)[];
  /** Told once when the client stops asking; without it the client logs a warning itself. */
  onStop?: (stop: LlmStop) => void;
  clock?: Clock;
  log?: Logger;
}

export interface JsonSchemaSpec {
  name: string;
  schema: Record<string, unknown>;
}

export interface ChatRequest {
  /** Our instructions: the only place instructions go. */
  system: string;
  /** Data: resume and posting between delimiters. */
  user: string;
  /** Ask for structured output; falls back to prompt-only JSON where the server rejects it. */
  jsonSchema?: JsonSchemaSpec;
  maxOutputTokens?: number;
  temperature?: number;
  /** Called with the usage of every completed call (including repair and fallback attempts). */
  onUsage?: (usage: TokenUsage) => void;
}

export interface ChatResult {
  content: string;
  finishReason: string | null;
  usage: TokenUsage;
  /** true when the server enforced the schema via response_format. */
  structured: boolean;
}

export type LlmErrorKind = 'budget' | 'status' | 'timeout' | 'network' | 'empty' | 'too-large' | 'stopped';

/** Why the client stopped asking for the rest of the run. */
export type LlmStopKind = 'quota' | 'refused' | 'unknown-model' | 'timeouts';

export interface LlmStop {
  kind: LlmStopKind;
  /** One line for the log and the summary (secrets scrubbed). */
  reason: string;
  /** Requests the server had answered before it stopped answering. */
  afterRequests: number;
}

export class LlmError extends Error {
  readonly kind: LlmErrorKind;
  readonly status?: number;
  /** Set when this error stopped the client: every later call fails at once with it. */
  readonly stop?: LlmStopKind;
  constructor(kind: LlmErrorKind, message: string, status?: number, stop?: LlmStopKind) {
    super(message);
    this.name = 'LlmError';
    this.kind = kind;
    this.status = status;
    this.stop = stop;
  }
}

export interface LlmTotals {
  provider: ProviderKind;
  model: string;
  /** HTTP requests sent (retries included). */
  calls: number;
  usage: TokenUsage;
  costUsd?: number;
  budgetExhausted: boolean;
  /** Set when the client stopped asking (quota, refused credentials, unknown model, timeouts). */
  stop?: LlmStop;
}

/** Prompt-only JSON instructions for servers without response_format support. */
export function jsonInstructions(spec: JsonSchemaSpec): string {
  return (
    `\n\nAnswer with only one JSON object (no prose, no code fences) that matches this JSON schema ` +
    `named "${spec.name}":\n${JSON.stringify(spec.schema)}`
  );
}

function isFormatRejection(err: LlmError): boolean {
  return (
    err.kind === 'status' &&
    !err.stop &&
    (err.status === 400 || err.status === 422 || /response_format|json_schema/i.test(err.message))
  );
}

const duration = (ms: number) =>
  ms >= 3_600_000 ? `${(ms / 3_600_000).toFixed(1)} h` : `${Math.ceil(ms / 1000)} s`;

export class LlmClient {
  readonly provider: Provider;
  readonly maxInputTokens: number;
  readonly maxOutputTokens: number;
  /** true for models that take max_completion_tokens and only the default temperature. */
  get reasoning(): boolean {
    return this.completionTokens;
  }
  private readonly maxRetries: number;
  private readonly timeoutMs: number;
  private readonly capMs: number;
  private readonly maxAnswerBytes: number;
  private readonly timeoutsBeforeStop: number;
  private sdkClient?: Promise<OpenAI>;
  private readonly sdkOptions: ConstructorParameters<typeof OpenAI>[0];
  private readonly limit: LimitFunction;
  private readonly rpm: RpmLimiter;
  private readonly clock: Clock;
  private readonly budget: number;
  private readonly log: Logger;
  private readonly secrets: string[];
  private readonly onStop?: (stop: LlmStop) => void;
  /** false once the server has rejected response_format; later calls go prompt-only. */
  private structuredSupported = true;
  /** Reasoning-model parameters: from the model id, or learnt from the server's 400 once per run. */
  private completionTokens: boolean;
  private omitTemperature: boolean;
  private reserved = 0;
  private calls = 0;
  private answered = 0;
  private timeouts = 0;
  private exhausted = false;
  /** Set once the client stops asking: later calls fail at once with it. */
  private stopped: LlmError | undefined;
  private stopState: LlmStop | undefined;
  private readonly used: TokenUsage = { prompt: 0, completion: 0, total: 0 };

  constructor(opts: LlmClientOptions) {
    const p = opts.provider;
    if (p.kind === 'none') throw new Error('llm: no provider configured');
    const github = p.kind === 'github-models' ? githubModelLimits(p.model) : undefined;
    this.provider = p;
    this.maxRetries = opts.maxRetries ?? 3;
    this.timeoutMs = opts.timeoutMs ?? 120_000;
    this.capMs = opts.retryAfterCapMs ?? 60_000;
    this.maxAnswerBytes = opts.maxAnswerBytes ?? 2 * 1024 * 1024;
    this.timeoutsBeforeStop = opts.timeoutsBeforeStop ?? 2;
    this.maxInputTokens = opts.maxInputTokens ?? github?.maxInputTokens ?? 100_000;
    this.maxOutputTokens = opts.maxOutputTokens ?? github?.maxOutputTokens ?? 8000;
    this.budget = opts.maxTokens ?? 0;
    this.log = opts.log ?? silentLogger;
    this.onStop = opts.onStop;
    this.secrets = [...new Set([p.apiKey, ...(opts.secrets ?? [])])].filter(
      (s): s is string => typeof s === 'string' && s.length >= 4,
    );
    this.limit = pLimit(Math.max(1, opts.concurrency ?? github?.concurrency ?? 4));
    this.clock = opts.clock ?? systemClock;
    this.rpm = new RpmLimiter(opts.rpm ?? github?.rpm ?? 0, this.clock);
    this.completionTokens = this.omitTemperature = isReasoningModel(p.model);
    this.sdkOptions = {
      apiKey: p.apiKey ?? 'no-key',
      baseURL: p.baseUrl,
      // Our own loop retries: the SDK would sleep for whatever Retry-After says (hours on a daily limit).
      maxRetries: 0,
      timeout: this.timeoutMs,
      fetch: cappedFetch(this.maxAnswerBytes),
      logLevel: 'off',
    };
  }

  private sdk(): Promise<OpenAI> {
    return (this.sdkClient ??= loadOpenAI().then((m) => new m.default(this.sdkOptions)));
  }

  private throwIfStopped(): void {
    if (this.stopped) throw this.stopped;
  }

  /** One chat completion. Throws LlmError. */
  async chat(req: ChatRequest): Promise<ChatResult> {
    if (this.stopped) throw this.stopped;
    const estimate = estimateTokens(req.system) + estimateTokens(req.user);
    if (this.budget > 0 && this.used.total + this.reserved + estimate > this.budget) {
      this.exhausted = true;
      throw new LlmError('budget', `token budget of ${this.budget} used up (${this.used.total} used)`);
    }
    this.reserved += estimate;
    try {
      return await this.limit(() => this.send(req));
    } finally {
      this.reserved -= estimate;
    }
  }

  /**
   * GitHub Models: checks the model id against the models catalog before any job, so an unknown
   * model is said once up front (and no request is spent on it). Other providers' model lists are
   * not authoritative (local servers accept names they do not list): a 404 to the first request
   * says it there. Never throws.
   */
  async checkModel(): Promise<void> {
    if (this.provider.kind !== 'github-models' || this.stopped) return;
    let ids: string[];
    try {
      const res = await cappedFetch(4 * 1024 * 1024)(catalogUrl(this.provider.baseUrl), {
        headers: {
          accept: 'application/vnd.github+json',
          ...(this.provider.apiKey ? { authorization: `Bearer ${this.provider.apiKey}` } : {}),
        },
        signal: AbortSignal.timeout(Math.min(this.timeoutMs, 15_000)),
      });
      if (!res.ok) return;
      const data = await res.json();
      const list = Array.isArray(data) ? data : (data as { data?: unknown } | null)?.data;
      ids = (Array.isArray(list) ? list : [])
        .map((m) => (m as { id?: unknown } | null)?.id)
        .filter((id): id is string => typeof id === 'string')
        .map((id) => id.toLowerCase());
    } catch {
      return;
    }
    const model = this.provider.model.toLowerCase();
    const known = ids.some((id) => id === model || (!model.includes('/') && id.endsWith(`/${model}`)));
    if (ids.length && !known) this.stopWith('unknown-model', 'it is not in the models catalog');
  }

  private async send(req: ChatRequest): Promise<ChatResult> {
    if (this.stopped) throw this.stopped;
    const useSchema = !!req.jsonSchema && this.structuredSupported;
    try {
      return await this.attempt(req, useSchema);
    } catch (err) {
      if (!useSchema || !(err instanceof LlmError) || !isFormatRejection(err)) throw err;
      this.log.debug(
        `[llm] server rejected response_format (${err.message}); retrying with prompt-only JSON`,
      );
    }
    const result = await this.attempt(req, false);
    if (this.structuredSupported) {
      this.structuredSupported = false;
      this.log.info(
        `[llm] ${this.provider.baseUrl} does not accept response_format; using prompt-only JSON from now on`,
      );
    }
    return result;
  }

  /** One request with our retry policy; never sleeps longer than the cap on a server's word. */
  private async attempt(req: ChatRequest, useSchema: boolean): Promise<ChatResult> {
    let fixes = 0;
    for (let retry = 0; ;) {
      this.throwIfStopped();
      await this.rpm.acquire();
      // Another request may have stopped the client while this one waited for its turn.
      this.throwIfStopped();
      let err: unknown;
      try {
        return await this.once(req, useSchema);
      } catch (e) {
        err = e;
      }
      if (err instanceof LlmError) throw err;
      const { APIError, APIConnectionError } = openaiModule ?? {};
      const retriesLeft = this.maxRetries - retry;
      const backoffMs = backoffDelayMs(retry + 1, 1000, 8000, Math.random);
      if (APIError && err instanceof APIError && typeof err.status === 'number') {
        const verdict = judgeStatus(err, {
          capMs: this.capMs,
          retriesLeft,
          backoffMs,
        });
        if (verdict.action === 'stop') {
          const wait =
            verdict.waitMs !== undefined ? ` (the server asks to wait ${duration(verdict.waitMs)})` : '';
          throw this.stopWith(verdict.kind, `${this.serverLine(err)}${wait}`, err.status);
        }
        if (verdict.action === 'fix-param' && fixes < 2 && this.learn(verdict.param)) {
          fixes++;
          continue;
        }
        if (verdict.action === 'retry') {
          retry++;
          this.log.debug(`[llm] ${err.status}; retrying in ${duration(verdict.delayMs)}`);
          await this.clock.sleep(verdict.delayMs);
          continue;
        }
        throw new LlmError(
          'status',
          `LLM request failed: ${this.serverLine(err)}${retry ? ` after ${plural(retry, 'retry', 'retries')}` : ''}`,
          err.status,
        );
      }
      if (APIConnectionError && err instanceof APIConnectionError && retriesLeft > 0) {
        retry++;
        await this.clock.sleep(backoffMs);
        continue;
      }
      const reach = APIConnectionError && err instanceof APIConnectionError;
      throw new LlmError(
        'network',
        reach
          ? `could not reach ${this.provider.baseUrl}${retry ? ` after ${plural(retry, 'retry', 'retries')}` : ''}`
          : this.scrub(String((err as Error)?.message ?? err)).slice(0, 200),
      );
    }
  }

  /** Remembers a reasoning model's parameter rule for the rest of the run; false if already known. */
  private learn(param: 'max_tokens' | 'temperature'): boolean {
    const already = param === 'max_tokens' ? this.completionTokens : this.omitTemperature;
    if (already) return false;
    if (param === 'max_tokens') this.completionTokens = true;
    else this.omitTemperature = true;
    this.log.info(
      `[llm] ${this.provider.model} does not take ${param === 'max_tokens' ? 'max_tokens; sending max_completion_tokens' : 'a temperature; sending none'} from now on`,
    );
    return true;
  }

  private async once(req: ChatRequest, useSchema: boolean): Promise<ChatResult> {
    const system = req.jsonSchema && !useSchema ? req.system + jsonInstructions(req.jsonSchema) : req.system;
    const n = ++this.calls;
    // A reasoning model spends hidden tokens before it answers: it gets the whole output cap.
    const outputCap = this.completionTokens
      ? this.maxOutputTokens
      : Math.min(req.maxOutputTokens ?? this.maxOutputTokens, this.maxOutputTokens);
    const sdk = await this.sdk();
    const deadline = AbortSignal.timeout(this.timeoutMs);
    let completion: OpenAI.Chat.Completions.ChatCompletion;
    try {
      completion = await sdk.chat.completions.create(
        {
          model: this.provider.model,
          messages: [
            { role: 'system', content: system },
            { role: 'user', content: req.user },
          ],
          ...(this.completionTokens ? { max_completion_tokens: outputCap } : { max_tokens: outputCap }),
          ...(this.omitTemperature ? {} : { temperature: req.temperature ?? 0.3 }),
          ...(useSchema && req.jsonSchema
            ? {
                response_format: {
                  type: 'json_schema' as const,
                  json_schema: { name: req.jsonSchema.name, strict: true, schema: req.jsonSchema.schema },
                },
              }
            : {}),
        },
        { signal: deadline, timeout: this.timeoutMs, maxRetries: 0 },
      );
    } catch (err) {
      // (The SDK wraps what our fetch throws as a connection error; the cause says what it was.)
      const tooLarge = [err, (err as { cause?: unknown } | null)?.cause].find(
        (e) => e instanceof AnswerTooLarge,
      );
      if (tooLarge) throw new LlmError('too-large', tooLarge.message);
      const { APIConnectionTimeoutError } = openaiModule ?? {};
      if (deadline.aborted || (APIConnectionTimeoutError && err instanceof APIConnectionTimeoutError))
        throw this.timedOut();
      throw err;
    }
    this.answered++;
    const choice = completion.choices?.[0];
    const raw = choice?.message?.content ?? '';
    // Local servers sometimes omit usage; count an estimate so the budget still holds.
    const reported = completion.usage;
    const reasoning = reported?.completion_tokens_details?.reasoning_tokens ?? undefined;
    const usage: TokenUsage = reported
      ? {
          prompt: reported.prompt_tokens ?? 0,
          completion: reported.completion_tokens ?? 0,
          total: reported.total_tokens ?? (reported.prompt_tokens ?? 0) + (reported.completion_tokens ?? 0),
          ...(reasoning ? { reasoning } : {}),
        }
      : (() => {
          const prompt = estimateTokens(system) + estimateTokens(req.user);
          const out = estimateTokens(raw);
          return { prompt, completion: out, total: prompt + out };
        })();
    this.used.prompt += usage.prompt;
    this.used.completion += usage.completion;
    this.used.total += usage.total;
    if (usage.reasoning) this.used.reasoning = (this.used.reasoning ?? 0) + usage.reasoning;
    req.onUsage?.(usage);
    this.log.debug(
      `[llm] call ${n}: ${usage.prompt}+${usage.completion} tokens${usage.reasoning ? ` (${usage.reasoning} reasoning)` : ''} (${choice?.finish_reason ?? 'no finish reason'})`,
    );
    // No model writes more than ~16 characters per output token: anything longer is not an answer.
    if (raw.length > outputCap * 16)
      throw new LlmError(
        'too-large',
        `the model's answer of ${raw.length} characters is far past its output cap`,
      );
    const content = this.scrub(raw);
    if (!content.trim())
      throw new LlmError(
        'empty',
        usage.reasoning && choice?.finish_reason === 'length'
          ? 'the model spent its whole output allowance on reasoning'
          : 'the model returned an empty answer',
      );
    return { content, finishReason: choice?.finish_reason ?? null, usage, structured: useSchema };
  }

  private timedOut(): LlmError {
    this.timeouts++;
    const s = Math.round(this.timeoutMs / 1000);
    if (this.timeouts >= this.timeoutsBeforeStop)
      return this.stopWith(
        'timeouts',
        `${plural(this.timeouts, 'request')} got no complete answer within ${s} s`,
      );
    return new LlmError('timeout', `the LLM request got no complete answer within ${s} s`);
  }

  /** Stops asking for the rest of the run; said once (by onStop or a warning). */
  private stopWith(kind: LlmStopKind, detail: string, status?: number): LlmError {
    if (this.stopped) return this.stopped;
    const github = this.provider.kind === 'github-models';
    const model = this.provider.model;
    const reason = {
      quota: `${github ? 'GitHub Models daily limit' : 'LLM quota'} reached after ${plural(this.answered, 'request')}: ${detail}`,
      refused: `${detail}${github ? ' (GitHub Models needs "permissions: models: read" in the workflow)' : ' (check openai_api_key and base_url)'}`,
      'unknown-model': github
        ? `GitHub Models does not know the model "${model}" (${detail}); set model to an id from the models catalog, https://github.com/marketplace?type=models, e.g. "openai/gpt-4.1-mini"`
        : `${this.provider.baseUrl} does not know the model "${model}" (${detail}); set model to one the server lists at ${this.provider.baseUrl}/models, and check that base_url is the API root (it usually ends in /v1)`,
      timeouts: `the LLM stopped answering: ${detail}`,
    }[kind];
    this.stopState = { kind, reason: this.scrub(reason), afterRequests: this.answered };
    this.stopped = new LlmError('stopped', this.stopState.reason, status, kind);
    if (this.onStop) this.onStop(this.stopState);
    else this.log.warning(`${this.stopState.reason}; no more LLM requests this run`, 'LLM stopped');
    return this.stopped;
  }

  /** The server's error message, first line, without secrets. */
  private serverLine(err: { message: string }): string {
    return this.scrub(err.message).split('\n')[0].slice(0, 200);
  }

  /** Model and server text with every secret replaced. */
  scrub(text: string): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join('***');
    return out;
  }

  totals(): LlmTotals {
    const usage = { ...this.used };
    return {
      provider: this.provider.kind,
      model: this.provider.model,
      calls: this.calls,
      usage,
      costUsd: estimateCost(this.provider.model, usage),
      budgetExhausted: this.exhausted,
      stop: this.stopState,
    };
  }

  /** Cost of some usage at this client's model price (undefined for an unknown model). */
  cost(usage: TokenUsage): number | undefined {
    return estimateCost(this.provider.model, usage);
  }
}

/** A client for the provider, or null when none is configured. */
export function createLlmClient(opts: LlmClientOptions): LlmClient | null {
  return opts.provider.kind === 'none' ? null : new LlmClient(opts);
}
