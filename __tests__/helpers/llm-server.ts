/**
 * A loopback OpenAI-compatible server (POST .../chat/completions, and GitHub Models' GET
 * .../catalog/models). By default it answers sensibly from the request: a cover letter, a tailored
 * resume JSON built from the resume in the user message, both in one JSON answer, or a job
 * extraction, each with `usage`. A script can override any call: status codes, Retry-After, daily
 * limits, rejecting response_format or a reasoning model's parameters, injected content, truncated
 * JSON, delays, a server that never answers or trickles its body.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { parseResume } from '../../src/resume/index.ts';
import { startLoopback } from './loopback.ts';

export type PromptKind = 'letter' | 'resume' | 'application' | 'extract' | 'other';

export interface ChatMessage {
  role: string;
  content: string;
}

export interface ChatBody {
  model: string;
  messages: ChatMessage[];
  max_tokens?: number;
  max_completion_tokens?: number;
  temperature?: number;
  response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: unknown } };
  tools?: unknown;
  [key: string]: unknown;
}

export interface LlmCall {
  /** 0-based index over all chat calls this server received. */
  index: number;
  kind: PromptKind;
  body: ChatBody;
  headers: IncomingHttpHeaders;
  path: string;
  system: string;
  user: string;
}

export interface LlmReply {
  status?: number;
  headers?: Record<string, string>;
  /** A raw JSON body (e.g. an error object); overrides `content`. */
  json?: unknown;
  /** The assistant's content; default: the sensible default answer. */
  content?: string;
  finishReason?: string;
  /** Leave out `usage` from the answer (as some local servers do). */
  noUsage?: boolean;
  /** Hidden reasoning tokens to report in usage.completion_tokens_details. */
  reasoningTokens?: number;
  delayMs?: number;
  /** Never answer (until the client gives up or the server closes). */
  hang?: boolean;
  /** Send the headers, then the body one byte every `trickleMs`. */
  trickleMs?: number;
}

/** Return undefined to get the default answer. */
export type LlmScript = (call: LlmCall) => LlmReply | undefined | Promise<LlmReply | undefined>;

export interface LlmServer {
  /** Ends with /v1. */
  baseUrl: string;
  requests: LlmCall[];
  setScript(script: LlmScript | undefined): void;
  close(): Promise<void>;
}

export function promptKind(body: ChatBody): PromptKind {
  const name = body.response_format?.json_schema?.name;
  if (name === 'job_application') return 'application';
  if (name === 'tailored_resume') return 'resume';
  if (name === 'job_posting_extraction') return 'extract';
  const system = body.messages.find((m) => m.role === 'system')?.content ?? '';
  if (/cover letters and tailor resumes/i.test(system)) return 'application';
  if (/cover letters/i.test(system)) return 'letter';
  if (/tailor resumes/i.test(system)) return 'resume';
  if (/extract job postings/i.test(system)) return 'extract';
  return 'other';
}

function between(text: string, tag: string): string {
  const m = new RegExp(`<${tag}>\\n?([\\s\\S]*?)\\n?</${tag}>`).exec(text);
  return m ? m[1] : '';
}

function field(posting: string, name: string): string {
  return new RegExp(`^${name}: (.*)$`, 'm').exec(posting)?.[1]?.trim() ?? '';
}

function resumeOf(user: string) {
  try {
    return parseResume(between(user, 'resume') || 'Candidate', 'resume.md');
  } catch {
    return parseResume('Candidate', 'resume.md');
  }
}

/** The tailored resume JSON a well-behaved model returns: the source resume, reordered a little. */
export function defaultResumeJson(user: string): {
  summary: string;
  skills: string[];
  experience: { employer: string; title: string; start: string; end: string; bullets: string[] }[];
  education: { institution: string; degree: string; dates: string }[];
  certificates: string[];
} {
  const r = resumeOf(user);
  return {
    summary: r.sections.summary ?? `${r.name} brings hands-on experience relevant to this role.`,
    skills: [...r.skills].reverse(),
    experience: r.sections.experience.map((j) => ({
      employer: j.employer,
      title: j.title,
      start: j.start,
      end: j.end,
      bullets: [...j.bullets].reverse(),
    })),
    education: r.sections.education.map((e) => ({ ...e })),
    certificates: [...r.sections.certificates],
  };
}

export function defaultLetter(user: string): string {
  const r = resumeOf(user);
  const posting = between(user, 'job_posting');
  const company = field(posting, 'Company') || 'your company';
  const title = field(posting, 'Title') || 'open';
  const job = r.sections.experience[0];
  const skills = r.skills.slice(0, 3).join(', ');
  return [
    `Dear ${company} hiring team,`,
    `I am excited to apply for the ${title} role at ${company}. The posting describes work I have done for years, and I would like to bring that experience to your team.`,
    job
      ? `As ${job.title} at ${job.employer}, I ${(job.bullets[0] ?? 'shipped production systems').replace(/^[A-Z]/, (c) => c.toLowerCase()).replace(/\.$/, '')}.`
      : 'I have shipped production systems end to end.',
    skills ? `My daily tools include ${skills}, which match what the role asks for.` : '',
    'I would welcome a conversation about how I can help.',
    `Sincerely,\n${r.name}`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

export function defaultExtraction(user: string) {
  const page = between(user, 'page');
  const lines = page
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('URL:'));
  const body = lines.slice(1).join(' ').split(/\s+/);
  return {
    is_job_posting: lines.length > 1,
    title: lines[0] ?? '',
    company: '',
    location: '',
    description_starts_with: body.slice(0, 8).join(' '),
    description_ends_with: body.slice(-8).join(' '),
  };
}

export function defaultContent(call: Pick<LlmCall, 'kind' | 'user'>): string {
  switch (call.kind) {
    case 'resume':
      return JSON.stringify(defaultResumeJson(call.user));
    case 'application':
      return JSON.stringify({ letter: defaultLetter(call.user), resume: defaultResumeJson(call.user) });
    case 'extract':
      return JSON.stringify(defaultExtraction(call.user));
    case 'letter':
      return defaultLetter(call.user);
    default:
      return 'OK';
  }
}

/** GitHub Models' answer once the per-model daily limit is spent (header and body as it sends them). */
export function dailyLimitReply(waitSeconds = 40000, limit = 150): LlmReply {
  const message = `Rate limit of ${limit} per 86400s exceeded for UserByModelByDay. Please wait ${waitSeconds} seconds before retrying.`;
  return {
    status: 429,
    headers: { 'retry-after': String(waitSeconds), 'x-ratelimit-type': 'UserByModelByDay' },
    json: { error: { code: 'RateLimitReached', message, details: message } },
  };
}

/** GitHub Models' answer to a model id it does not know. */
export function unknownModelReply(model: string): LlmReply {
  const message = `Unknown model: ${model}`;
  return { status: 404, json: { error: { code: 'unknown_model', message, details: message } } };
}

/**
 * OpenAI's 400s for a reasoning model (o-series, gpt-5 family) sent `max_tokens` or a non-default
 * temperature; undefined when the request is acceptable.
 */
export function reasoningModelRules(call: LlmCall): LlmReply | undefined {
  if (call.body.max_tokens !== undefined)
    return {
      status: 400,
      json: {
        error: {
          message:
            "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
          type: 'invalid_request_error',
          param: 'max_tokens',
          code: 'unsupported_parameter',
        },
      },
    };
  if (call.body.temperature !== undefined && call.body.temperature !== 1)
    return {
      status: 400,
      json: {
        error: {
          message: `Unsupported value: 'temperature' does not support ${call.body.temperature} with this model. Only the default (1) value is supported.`,
          type: 'invalid_request_error',
          param: 'temperature',
          code: 'unsupported_value',
        },
      },
    };
  return undefined;
}

export async function startLlmServer(
  script?: LlmScript,
  opts: { catalog?: string[] } = {},
): Promise<LlmServer> {
  let current = script;
  const requests: LlmCall[] = [];
  const server = await startLoopback(async (req, res) => {
    if (req.method === 'GET' && req.path.endsWith('/catalog/models') && opts.catalog) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(opts.catalog.map((id) => ({ id, name: id, rate_limit_tier: 'low' }))));
      return;
    }
    if (req.method !== 'POST' || !req.path.replace(/\?.*$/, '').endsWith('/chat/completions')) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: `no route ${req.method} ${req.path}` } }));
      return;
    }
    const body = JSON.parse(req.body) as ChatBody;
    const system = body.messages.find((m) => m.role === 'system')?.content ?? '';
    const user = body.messages.find((m) => m.role === 'user')?.content ?? '';
    const call: LlmCall = {
      index: requests.length,
      kind: promptKind(body),
      body,
      headers: req.headers,
      path: req.path,
      system,
      user,
    };
    requests.push(call);
    const reply = (await current?.(call)) ?? {};
    if (reply.hang) {
      await new Promise((r) => res.on('close', r));
      return;
    }
    if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
    const status = reply.status ?? 200;
    let payload: unknown = reply.json;
    if (payload === undefined) {
      if (status >= 400) {
        payload = { error: { message: `scripted ${status}`, type: 'server_error' } };
      } else {
        const content = reply.content ?? defaultContent(call);
        const prompt = Math.ceil(body.messages.reduce((n, m) => n + m.content.length, 0) / 4);
        const completion = Math.ceil(content.length / 4);
        payload = {
          id: `chatcmpl-${call.index}`,
          object: 'chat.completion',
          created: 1_700_000_000,
          model: body.model,
          choices: [
            {
              index: 0,
              message: { role: 'assistant', content },
              finish_reason: reply.finishReason ?? 'stop',
            },
          ],
          ...(reply.noUsage
            ? {}
            : {
                usage: {
                  prompt_tokens: prompt,
                  completion_tokens: completion + (reply.reasoningTokens ?? 0),
                  total_tokens: prompt + completion + (reply.reasoningTokens ?? 0),
                  ...(reply.reasoningTokens
                    ? { completion_tokens_details: { reasoning_tokens: reply.reasoningTokens } }
                    : {}),
                },
              }),
        };
      }
    }
    res.writeHead(status, { 'content-type': 'application/json', ...reply.headers });
    const text = JSON.stringify(payload);
    if (reply.trickleMs) {
      let sent = 0;
      const timer = setInterval(() => {
        if (sent >= text.length) {
          clearInterval(timer);
          res.end();
          return;
        }
        res.write(text[sent++]);
      }, reply.trickleMs);
      res.on('close', () => clearInterval(timer));
      return;
    }
    res.end(text);
  });
  return {
    baseUrl: `${server.url}/v1`,
    requests,
    setScript: (s) => {
      current = s;
    },
    close: () => server.close(),
  };
}
