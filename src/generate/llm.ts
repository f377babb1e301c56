/**
 * The LLM edge: provider selection and one Chat Completions client per provider, with retries (the
 * SDK's own, honouring Retry-After), a requests-per-minute limiter, a concurrency bound, token
 * accounting, a cost estimate and a token budget.
 */
import type OpenAI from 'openai';

// The SDK is loaded with the first request: a run without an LLM never pays for it at start-up.
type OpenAIModule = typeof import('openai');
let openaiModule: OpenAIModule | undefined;
async function loadOpenAI(): Promise<OpenAIModule> {
  return (openaiModule ??= await import('openai'));
}
import pLimit, { type LimitFunction } from 'p-limit';
import type { Logger } from '../log.ts';
import { silentLogger } from '../log.ts';
import type { Provider, ProviderKind, TokenUsage } from '../model.ts';
import { estimateCost } from './pricing.ts';
import { RpmLimiter, systemClock, type Clock } from './rate-limit.ts';
import { estimateTokens } from './fit.ts';
import { plural } from '../text/plural.ts';

export type { Provider, ProviderKind } from '../model.ts';

export interface LlmClientOptions {
  provider: Provider;
  /** SDK retries on 408/409/429/5xx and connection errors, honouring Retry-After. Default 3. */
  maxRetries?: number;
  /** Per-attempt timeout. Default 60 s. */
  timeoutMs?: number;
  /** Requests per minute; 0 = unlimited. Default 10 for GitHub Models (free tier), else unlimited. */
  rpm?: number;
  /** Requests in flight at once. Default 2 for GitHub Models, else 4. */
  concurrency?: number;
  /** Token budget (prompt + completion) for the run; calls past it are refused. 0/undefined = none. */
  maxTokens?: number;
  /** Input cap per request in tokens. Default 8000 for GitHub Models, else 100000. */
  maxInputTokens?: number;
  /** Output cap per request in tokens. Default 4000 for GitHub Models, else 8000. */
  maxOutputTokens?: number;
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

export type LlmErrorKind = 'budget' | 'status' | 'timeout' | 'network' | 'empty';

export class LlmError extends Error {
  readonly kind: LlmErrorKind;
  readonly status?: number;
  constructor(kind: LlmErrorKind, message: string, status?: number) {
    super(message);
    this.name = 'LlmError';
    this.kind = kind;
    this.status = status;
  }
}

export interface LlmTotals {
  provider: ProviderKind;
  model: string;
  calls: number;
  usage: TokenUsage;
  costUsd?: number;
  budgetExhausted: boolean;
}

/** Prompt-only JSON instructions for servers without response_format support. */
export function jsonInstructions(spec: JsonSchemaSpec): string {
  return (
    `\n\nAnswer with only one JSON object (no prose, no code fences) that matches this JSON schema ` +
    `named "${spec.name}":\n${JSON.stringify(spec.schema)}`
  );
}

function isFormatRejection(err: unknown): boolean {
  if (!openaiModule || !(err instanceof openaiModule.APIError)) return false;
  return err.status === 400 || err.status === 422 || /response_format|json_schema/i.test(err.message);
}

export class LlmClient {
  readonly provider: Provider;
  readonly maxInputTokens: number;
  readonly maxOutputTokens: number;
  private readonly maxRetries: number;
  private sdkClient?: Promise<OpenAI>;
  private readonly sdkOptions: ConstructorParameters<typeof OpenAI>[0];
  private readonly limit: LimitFunction;
  private readonly rpm: RpmLimiter;
  private readonly budget: number;
  private readonly log: Logger;
  /** false once the server has rejected response_format; later calls go prompt-only. */
  private structuredSupported = true;
  private reserved = 0;
  private calls = 0;
  private exhausted = false;
  /** Set once the provider refused our credentials: later calls fail at once instead of each retrying. */
  private refused: LlmError | undefined;
  private readonly used: TokenUsage = { prompt: 0, completion: 0, total: 0 };

  constructor(opts: LlmClientOptions) {
    const p = opts.provider;
    if (p.kind === 'none') throw new Error('llm: no provider configured');
    const github = p.kind === 'github-models';
    this.provider = p;
    this.maxRetries = opts.maxRetries ?? 3;
    this.maxInputTokens = opts.maxInputTokens ?? (github ? 8000 : 100_000);
    this.maxOutputTokens = opts.maxOutputTokens ?? (github ? 4000 : 8000);
    this.budget = opts.maxTokens ?? 0;
    this.log = opts.log ?? silentLogger;
    this.limit = pLimit(Math.max(1, opts.concurrency ?? (github ? 2 : 4)));
    this.rpm = new RpmLimiter(opts.rpm ?? (github ? 10 : 0), opts.clock ?? systemClock);
    this.sdkOptions = {
      apiKey: p.apiKey ?? 'no-key',
      baseURL: p.baseUrl,
      maxRetries: this.maxRetries,
      timeout: opts.timeoutMs ?? 60_000,
      logLevel: 'off',
    };
  }

  private sdk(): Promise<OpenAI> {
    return (this.sdkClient ??= loadOpenAI().then((m) => new m.default(this.sdkOptions)));
  }

  /** One chat completion. Throws LlmError; never retries by itself beyond the SDK's retries. */
  async chat(req: ChatRequest): Promise<ChatResult> {
    if (this.refused) throw this.refused;
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

  private async send(req: ChatRequest): Promise<ChatResult> {
    const useSchema = !!req.jsonSchema && this.structuredSupported;
    try {
      return await this.attempt(req, useSchema);
    } catch (err) {
      if (!useSchema || !isFormatRejection(err)) throw this.remember(this.wrap(err));
      this.log.debug(
        `[llm] server rejected response_format (${this.scrub(String((err as Error).message))}); retrying with prompt-only JSON`,
      );
    }
    try {
      const result = await this.attempt(req, false);
      if (this.structuredSupported) {
        this.structuredSupported = false;
        this.log.info(
          `[llm] ${this.provider.baseUrl} does not accept response_format; using prompt-only JSON from now on`,
        );
      }
      return result;
    } catch (err) {
      throw this.remember(this.wrap(err));
    }
  }

  /** A 401/403 will not heal within the run: remember it so the other jobs go to the template at once. */
  private remember(err: LlmError): LlmError {
    if (err.kind === 'status' && (err.status === 401 || err.status === 403) && !this.refused) {
      const hint =
        this.provider.kind === 'github-models'
          ? ' (GitHub Models needs "permissions: models: read" in the workflow)'
          : ' (check openai_api_key and base_url)';
      this.refused = new LlmError('status', `${err.message}${hint}`, err.status);
      this.log.warning(
        `${this.refused.message}; every job uses the template generator`,
        'LLM refused the credentials',
      );
      return this.refused;
    }
    return err;
  }

  private async attempt(req: ChatRequest, useSchema: boolean): Promise<ChatResult> {
    await this.rpm.acquire();
    const system = req.jsonSchema && !useSchema ? req.system + jsonInstructions(req.jsonSchema) : req.system;
    const n = ++this.calls;
    const completion = await (
      await this.sdk()
    ).chat.completions.create({
      model: this.provider.model,
      messages: [
        { role: 'system', content: system },
        { role: 'user', content: req.user },
      ],
      max_tokens: Math.min(req.maxOutputTokens ?? this.maxOutputTokens, this.maxOutputTokens),
      temperature: req.temperature ?? 0.3,
      ...(useSchema && req.jsonSchema
        ? {
            response_format: {
              type: 'json_schema' as const,
              json_schema: { name: req.jsonSchema.name, strict: true, schema: req.jsonSchema.schema },
            },
          }
        : {}),
    });
    const choice = completion.choices?.[0];
    const content = choice?.message?.content ?? '';
    // Local servers sometimes omit usage; count an estimate so the budget still holds.
    const usage: TokenUsage = completion.usage
      ? {
          prompt: completion.usage.prompt_tokens ?? 0,
          completion: completion.usage.completion_tokens ?? 0,
          total:
            completion.usage.total_tokens ??
            (completion.usage.prompt_tokens ?? 0) + (completion.usage.completion_tokens ?? 0),
        }
      : (() => {
          const prompt = estimateTokens(system) + estimateTokens(req.user);
          const out = estimateTokens(content);
          return { prompt, completion: out, total: prompt + out };
        })();
    this.used.prompt += usage.prompt;
    this.used.completion += usage.completion;
    this.used.total += usage.total;
    req.onUsage?.(usage);
    this.log.debug(
      `[llm] call ${n}: ${usage.prompt}+${usage.completion} tokens (${choice?.finish_reason ?? 'no finish reason'})`,
    );
    if (!content.trim()) throw new LlmError('empty', 'the model returned an empty answer');
    return { content, finishReason: choice?.finish_reason ?? null, usage, structured: useSchema };
  }

  private scrub(text: string): string {
    const key = this.provider.apiKey;
    return key && key.length >= 4 ? text.split(key).join('***') : text;
  }

  private wrap(err: unknown): LlmError {
    if (err instanceof LlmError) return err;
    const retried = (status?: number) => !status || status === 408 || status === 429 || status >= 500;
    const retries = this.maxRetries ? ` after ${plural(this.maxRetries, 'retry', 'retries')}` : '';
    const { APIConnectionError, APIConnectionTimeoutError, APIError } = openaiModule ?? {};
    if (APIConnectionTimeoutError && err instanceof APIConnectionTimeoutError)
      return new LlmError('timeout', `the LLM request timed out${retries}`);
    if (APIConnectionError && err instanceof APIConnectionError)
      return new LlmError('network', `could not reach ${this.provider.baseUrl}${retries}`);
    if (APIError && err instanceof APIError) {
      const msg = this.scrub(err.message).split('\n')[0].slice(0, 200);
      return new LlmError(
        'status',
        `LLM request failed: ${msg}${retried(err.status) ? retries : ''}`,
        err.status,
      );
    }
    return new LlmError('network', this.scrub(String((err as Error)?.message ?? err)).slice(0, 200));
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
