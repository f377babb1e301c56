/**
 * GitHub Models' free-tier limits per model, as GitHub documents them ("Prototyping with AI models",
 * rate limits table; Copilot Free, or Copilot Pro where Free has no access). A model's tier comes
 * from its id; an id we do not recognise gets the stricter "high" tier.
 */

export interface ModelLimits {
  /** The documented rate-limit tier. */
  tier: string;
  rpm: number;
  /** Requests per day. */
  rpd: number;
  concurrency: number;
  maxInputTokens: number;
  maxOutputTokens: number;
}

const TIERS = {
  low: { tier: 'low', rpm: 15, rpd: 150, concurrency: 5, maxInputTokens: 8000, maxOutputTokens: 4000 },
  high: { tier: 'high', rpm: 10, rpd: 50, concurrency: 2, maxInputTokens: 8000, maxOutputTokens: 4000 },
  reasoning: {
    tier: 'o1, o3, gpt-5',
    rpm: 1,
    rpd: 8,
    concurrency: 1,
    maxInputTokens: 4000,
    maxOutputTokens: 4000,
  },
  reasoningMini: {
    tier: 'o1-mini, o3-mini, o4-mini, gpt-5-mini, gpt-5-nano, gpt-5-chat',
    rpm: 2,
    rpd: 12,
    concurrency: 1,
    maxInputTokens: 4000,
    maxOutputTokens: 4000,
  },
  deepseekR1: {
    tier: 'DeepSeek-R1, MAI-DS-R1',
    rpm: 1,
    rpd: 8,
    concurrency: 1,
    maxInputTokens: 4000,
    maxOutputTokens: 4000,
  },
  grok3: { tier: 'Grok-3', rpm: 1, rpd: 15, concurrency: 1, maxInputTokens: 4000, maxOutputTokens: 4000 },
  grok3Mini: {
    tier: 'Grok-3-Mini',
    rpm: 2,
    rpd: 30,
    concurrency: 1,
    maxInputTokens: 4000,
    maxOutputTokens: 8000,
  },
} as const satisfies Record<string, ModelLimits>;

/** Model ids (without the publisher) and their tier, first match wins. */
const RULES: [RegExp, ModelLimits][] = [
  [/^(o\d+-mini|gpt-5-(mini|nano|chat))$/, TIERS.reasoningMini],
  [/^(o\d+(-preview)?|gpt-5)$/, TIERS.reasoning],
  [/^(deepseek-r1(-0528)?|mai-ds-r1)$/, TIERS.deepseekR1],
  [/^grok-3-mini$/, TIERS.grok3Mini],
  [/^grok-3$/, TIERS.grok3],
  // Small models are "low": OpenAI's mini and nano, Phi, Ministral, Codestral, the 8B and 3B Llamas.
  [
    /(^gpt-4(\.1|o)-(mini|nano)$)|^phi-|ministral|codestral|mistral-small|-(1|3|8|11)b-|command-r(-08|$)/,
    TIERS.low,
  ],
];

/** The documented limits of a GitHub Models model id such as "openai/gpt-4.1-mini". */
export function githubModelLimits(model: string): ModelLimits {
  const name = model.toLowerCase().replace(/^[\w.-]+\//, '');
  return RULES.find(([re]) => re.test(name))?.[1] ?? TIERS.high;
}

/** One row per tier for the README: what the free tier allows and how many jobs a day that is. */
export function githubModelsTable(): string[] {
  const rows = [
    ['`openai/gpt-4.1-mini`, `openai/gpt-4o-mini`, Phi, small Llama/Mistral (low)', TIERS.low],
    ['`openai/gpt-4.1`, `openai/gpt-4o`, large Llama/Mistral, DeepSeek-V3 (high)', TIERS.high],
    ['`openai/o4-mini`, `openai/o3-mini`, `openai/gpt-5-mini`, `openai/gpt-5-nano`', TIERS.reasoningMini],
    ['`openai/o3`, `openai/o1`, `openai/gpt-5`', TIERS.reasoning],
    ['`deepseek/DeepSeek-R1`, `microsoft/MAI-DS-R1`', TIERS.deepseekR1],
    ['`xai/grok-3`', TIERS.grok3],
    ['`xai/grok-3-mini`', TIERS.grok3Mini],
  ] as const;
  return [
    '| Models | Requests/min | Requests/day | Tokens in / out per request | At once | Jobs/day (2 requests each) | Jobs/day (`llm_requests_per_job: 1`) |',
    '|---|---:|---:|---|---:|---:|---:|',
    ...rows.map(
      ([models, l]) =>
        `| ${models} | ${l.rpm} | ${l.rpd} | ${l.maxInputTokens} / ${l.maxOutputTokens} | ${l.concurrency} | ${Math.floor(l.rpd / 2)} | ${l.rpd} |`,
    ),
  ];
}

/** The models catalog a GitHub Models inference URL belongs to (".../inference" -> ".../catalog/models"). */
export function catalogUrl(inferenceUrl: string): string {
  return new URL('../catalog/models', `${inferenceUrl.replace(/\/+$/, '')}/`).toString();
}
