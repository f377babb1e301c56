import { Ajv } from 'ajv';
import type { ChatRequest, JsonSchemaSpec, LlmClient } from './llm.ts';

const ajv = new Ajv({ allErrors: false, strict: false });

/** Model JSON that could not be used, even after the repair retry. */
export class InvalidJsonAnswer extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidJsonAnswer';
  }
}

/** Pulls the JSON object out of an answer: strips ```json fences and any prose around the braces. */
export function extractJson(text: string): string {
  let t = text.trim();
  const fence = /```(?:json)?\s*\n?([\s\S]*?)(?:\n?```|$)/i.exec(t);
  if (fence) t = fence[1].trim();
  const start = t.indexOf('{');
  const end = t.lastIndexOf('}');
  if (start > 0 || (end >= 0 && end < t.length - 1))
    t = t.slice(Math.max(0, start), end >= 0 ? end + 1 : undefined);
  return t;
}

function check<T>(content: string, validate: ReturnType<typeof ajv.compile>, truncated: boolean): T | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(extractJson(content));
  } catch (err) {
    return truncated
      ? 'the answer was cut off at the output token limit'
      : `not valid JSON (${(err as Error).message.split('\n')[0].slice(0, 120)})`;
  }
  if (!validate(parsed)) {
    const e = validate.errors?.[0];
    return `JSON does not match the schema (${e?.instancePath || '/'} ${e?.message ?? ''})`;
  }
  return parsed as T;
}

/**
 * The client scrubs secrets from the answer's text, but JSON can spell a secret with escapes
 * (`\u0073k-...`) that only parsing turns back into the secret: the parsed value is scrubbed again.
 */
function scrubbed<T>(client: LlmClient, value: T): T {
  return JSON.parse(client.scrub(JSON.stringify(value))) as T;
}

/**
 * Asks for JSON matching a schema (structured output where the server supports it, see LlmClient),
 * validates it locally, and on a truncated or invalid answer asks once more with a repair note in the
 * system message. Throws InvalidJsonAnswer when the second answer is unusable too, LlmError on
 * transport problems. Token usage is reported through req.onUsage.
 */
export async function completeJson<T>(
  client: LlmClient,
  req: Omit<ChatRequest, 'jsonSchema'> & { jsonSchema: JsonSchemaSpec },
): Promise<T> {
  const validate = ajv.compile(req.jsonSchema.schema);
  const first = await client.chat(req);
  const result = check<T>(first.content, validate, first.finishReason === 'length');
  if (typeof result !== 'string') return scrubbed(client, result);

  const repair = await client.chat({
    ...req,
    system:
      `${req.system}\n\nYour previous answer could not be used: ${result}. ` +
      'Answer again with only one complete JSON object for the schema; keep every text field short so ' +
      'the whole object fits.',
  });
  const second = check<T>(repair.content, validate, repair.finishReason === 'length');
  if (typeof second !== 'string') return scrubbed(client, second);
  throw new InvalidJsonAnswer(`the model's JSON was unusable after a repair attempt: ${second}`);
}
