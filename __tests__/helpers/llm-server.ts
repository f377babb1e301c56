/**
 * A loopback OpenAI-compatible server (POST /v1/chat/completions). By default it answers sensibly from
 * the request: a cover letter, a tailored resume JSON built from the resume in the user message, or a
 * job extraction, each with `usage`. A script can override any call: status codes, Retry-After,
 * rejecting response_format, injected content, truncated JSON, delays.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { parseResume } from '../../src/resume/index.ts';
import { startLoopback } from './loopback.ts';

export type PromptKind = 'letter' | 'resume' | 'extract' | 'other';

export interface ChatMessage {
  role: string;
  content: string;
}

export interface ChatBody {
  model: string;
  messages: ChatMessage[];
  max_tokens?: number;
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
  delayMs?: number;
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
  if (name === 'tailored_resume') return 'resume';
  if (name === 'job_posting_extraction') return 'extract';
  const system = body.messages.find((m) => m.role === 'system')?.content ?? '';
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
    case 'extract':
      return JSON.stringify(defaultExtraction(call.user));
    case 'letter':
      return defaultLetter(call.user);
    default:
      return 'OK';
  }
}

export async function startLlmServer(script?: LlmScript): Promise<LlmServer> {
  let current = script;
  const requests: LlmCall[] = [];
  const server = await startLoopback(async (req, res) => {
    if (req.method !== 'POST' || !req.path.replace(/\?.*$/, '').endsWith('/v1/chat/completions')) {
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
                  completion_tokens: completion,
                  total_tokens: prompt + completion,
                },
              }),
        };
      }
    }
    res.writeHead(status, { 'content-type': 'application/json', ...reply.headers });
    res.end(JSON.stringify(payload));
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
