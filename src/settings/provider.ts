/** Which LLM endpoint a run uses, decided from the settings once, with one-line errors for bad input. */
import type { Provider } from '../model.ts';
import { SettingsError, showUrl, showValue } from './errors.ts';
import { MODEL_ID_PATTERN } from './spec.ts';

const MODEL_ID = new RegExp(MODEL_ID_PATTERN);

export interface ProviderInput {
  apiKey?: string;
  baseUrl?: string;
  model?: string;
  githubToken?: string;
}

export const GITHUB_MODELS_URL = 'https://models.github.ai/inference';
export const OPENAI_URL = 'https://api.openai.com/v1';

/** The base_url without trailing slashes, or a SettingsError that never echoes its credentials. */
function checkBaseUrl(url: string): string {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !/^https?:$/.test(parsed.protocol) || !parsed.hostname)
    throw new SettingsError(
      `input base_url: ${showUrl(url)} is not valid; allowed: an http(s) URL like "https://api.openai.com/v1"`,
    );
  // fetch refuses URLs with credentials, and the URL is quoted in errors, the summary and results.json.
  if (parsed.username || parsed.password)
    throw new SettingsError(
      'input base_url: credentials in the URL are not supported; pass the key as openai_api_key',
    );
  return url.replace(/\/+$/, '');
}

/**
 * Picks the provider: an API key -> that OpenAI-compatible endpoint (default api.openai.com); a base
 * URL alone -> a keyless OpenAI-compatible server (Ollama, LM Studio, llama.cpp); else a GitHub token
 * -> GitHub Models (the workflow needs `permissions: models: read`); else none (template only).
 */
export function resolveProvider(input: ProviderInput): Provider {
  const apiKey = input.apiKey?.trim() || undefined;
  const baseUrl = input.baseUrl?.trim() ? checkBaseUrl(input.baseUrl.trim()) : undefined;
  const model = input.model?.trim() || undefined;
  const githubToken = input.githubToken?.trim() || undefined;
  if (model && !MODEL_ID.test(model))
    throw new SettingsError(
      `input model: ${showValue(model)} is not a model name; allowed: letters, digits and . / : @ _ - (e.g. "openai/gpt-4.1-mini")`,
    );
  if (apiKey || (baseUrl && baseUrl !== GITHUB_MODELS_URL)) {
    return {
      kind: 'openai-compatible',
      baseUrl: baseUrl ?? OPENAI_URL,
      model: model ?? 'gpt-4.1-mini',
      apiKey,
    };
  }
  if (githubToken) {
    return {
      kind: 'github-models',
      baseUrl: GITHUB_MODELS_URL,
      model: model ?? 'openai/gpt-4.1-mini',
      apiKey: githubToken,
    };
  }
  return { kind: 'none', baseUrl: '', model: '' };
}
