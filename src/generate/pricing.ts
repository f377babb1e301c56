import type { TokenUsage } from '../model.ts';

/**
 * USD per 1M input / output tokens at OpenAI's list prices (for estimates only). GitHub Models'
 * free tier bills nothing; paid GitHub Models use these same model prices.
 */
const PRICES: Record<string, { input: number; output: number }> = {
  'gpt-4.1': { input: 2, output: 8 },
  'gpt-4.1-mini': { input: 0.4, output: 1.6 },
  'gpt-4.1-nano': { input: 0.1, output: 0.4 },
  'gpt-4o': { input: 2.5, output: 10 },
  'gpt-4o-mini': { input: 0.15, output: 0.6 },
  'o4-mini': { input: 1.1, output: 4.4 },
  'o3-mini': { input: 1.1, output: 4.4 },
  'gpt-5': { input: 1.25, output: 10 },
  'gpt-5-mini': { input: 0.25, output: 2 },
  'gpt-5-nano': { input: 0.05, output: 0.4 },
};

/** Price of one model, or undefined when we do not know it ("openai/gpt-4.1-mini" = "gpt-4.1-mini"). */
export function priceOf(model: string): { input: number; output: number } | undefined {
  const name = model.toLowerCase().replace(/^[\w-]+\//, '');
  return PRICES[name] ?? PRICES[name.replace(/-\d{4}-\d{2}-\d{2}$/, '')];
}

/** Estimated cost in USD, or undefined for an unknown model. */
export function estimateCost(model: string, usage: TokenUsage): number | undefined {
  const price = priceOf(model);
  if (!price) return undefined;
  return (usage.prompt * price.input + usage.completion * price.output) / 1_000_000;
}
