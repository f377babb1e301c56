import type { Application, GeneratedDoc } from '../model.ts';
import type { CompanyResult } from '../model.ts';
import type { PipelineResult } from '../model.ts';
import { explainScore, SCORE_SCALE } from '../match/explain.ts';
import { escapeHtml, escapeMarkdownInline as md, safeUrl } from '../render/escape.ts';
import { stripControlChars } from '../text/untrusted.ts';
import { noun, plural } from '../text/plural.ts';

/** GitHub caps a step summary at 1 MiB; we stay below with room for the truncation note. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;

export interface LlmTotalsView {
  provider: string;
  model?: string;
  calls: number;
  tokens: number;
  costUsd?: number;
  budgetExhausted: boolean;
  fallbacks: number;
  /** Set when the run stopped asking the LLM (daily limit, refused credentials, unknown model, timeouts). */
  stop?: {
    kind: 'quota' | 'refused' | 'unknown-model' | 'timeouts';
    reason: string;
    afterRequests: number;
    /** Jobs it touched, and how many of those were deferred to the next run. */
    jobs: number;
    deferred: number;
  };
}

export interface SummaryInput {
  result: PipelineResult;
  durationMs: number;
  settings: {
    preset: string;
    minScore: number;
    topPerCompany: boolean;
    parallelWorkers: number;
    maxJobs: number;
  };
  llm?: LlmTotalsView;
  artifact?: { name: string; id?: number; url?: string; error?: string };
  outputDir: string;
  notices: string[];
  /** Run-to-run memory: where it came from, and whether only new postings were processed. */
  memory?: { note: string; restored: boolean; onlyNew: boolean };
  /** "2/4" and the number of companies across all shards. */
  shard?: { label: string; of: number };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Untrusted text on one line of raw HTML: a line break would end the HTML block and start Markdown. */
const htmlLine = (s: string) => escapeHtml(stripControlChars(s).replace(/\s+/g, ' '));

/** A code span: backslash escapes show literally inside one, so backticks and line breaks are dropped instead. */
const code = (s: string) => `\`${stripControlChars(s).replace(/\s+/g, ' ').replace(/`/g, '')}\``;

function location(app: Application): string {
  const p = app.match.posting;
  const where =
    p.locations.slice(0, 2).join('; ') + (p.locations.length > 2 ? ` +${p.locations.length - 2}` : '');
  const saysRemote = /remote/i.test(where);
  return [where, p.remote && !saysRemote ? 'remote' : ''].filter(Boolean).join(' · ') || '—';
}

function salary(app: Application): string {
  const s = app.match.posting.salary;
  if (!s) return '—';
  if (s.text) return s.text;
  const fmt = (n: number) => (n >= 1000 ? `${Math.round(n / 1000)}k` : String(n));
  const range = [s.min, s.max]
    .filter((n): n is number => typeof n === 'number')
    .map(fmt)
    .join('–');
  return range ? `${s.currency ?? ''} ${range}${s.period ? `/${s.period}` : ''}`.trim() : '—';
}

function roleLink(app: Application): string {
  const p = app.match.posting;
  const url = safeUrl(p.url);
  return url ? `[${md(p.title)}](${url})` : md(p.title);
}

function list(items: string[], max = 5): string {
  if (items.length === 0) return '—';
  return items.slice(0, max).map(md).join(', ') + (items.length > max ? ` +${items.length - max}` : '');
}

function statusCell(app: Application): string {
  if (app.status === 'failed') return '❌ failed';
  if (app.status === 'deferred') return '⏸️ deferred';
  const by = app.letter?.by === 'llm' ? 'LLM' : 'template';
  const removed = app.grounding?.length ? ` · ${app.grounding.length} removed` : '';
  return `✅ ${by}${removed}`;
}

/** One line on why the run stopped asking the LLM and what became of the remaining jobs. */
export function llmStopLine(llm: LlmTotalsView): string | undefined {
  const stop = llm.stop;
  if (!stop) return undefined;
  const jobs = (n: number, word = 'job') => `${n} ${word}${n === 1 ? '' : 's'}`;
  const templated = stop.jobs - stop.deferred;
  const rest = [
    stop.deferred
      ? `${jobs(stop.deferred, 'posting')} deferred to the next run (or set \`on_quota: template\`)`
      : '',
    templated ? `${jobs(templated)} written by the template generator` : '',
  ]
    .filter(Boolean)
    .join('; ');
  const head =
    stop.kind === 'quota'
      ? `${llm.provider === 'github-models' ? 'GitHub Models daily limit' : 'LLM quota'} reached after ${stop.afterRequests} request${stop.afterRequests === 1 ? '' : 's'}`
      : md(stop.reason);
  return `${head}${rest ? `; ${rest}` : ''}.`;
}

/** Score histogram as a Mermaid xychart (GitHub renders it). */
function scoreChart(scores: number[]): string[] {
  if (scores.length === 0) return [];
  const buckets = Array.from({ length: 10 }, () => 0);
  for (const s of scores) buckets[Math.min(9, Math.floor(s / 10))]++;
  const labels = buckets.map((_, i) => `"${i * 10}-${i === 9 ? 100 : i * 10 + 9}"`).join(', ');
  return [
    '```mermaid',
    'xychart-beta',
    '    title "Score distribution of all postings"',
    `    x-axis [${labels}]`,
    `    y-axis "Postings" 0 --> ${Math.max(...buckets, 1)}`,
    `    bar [${buckets.join(', ')}]`,
    '```',
  ];
}

function companyLine(c: CompanyResult): string {
  const icon = { ok: '✅', empty: '➖', not_found: '❓', throttled: '⏳', failed: '❌' }[c.status];
  const what = c.error ? md(c.error) : `${c.postings} posting${c.postings === 1 ? '' : 's'}`;
  return `| ${icon} | ${md(c.name)} | ${md(c.source)} | ${what} | ${seconds(c.ms)} |`;
}

function details(app: Application, llm?: LlmTotalsView): string[] {
  const p = app.match.posting;
  const r = app.match.reasons;
  const lines = [
    `<details><summary>${htmlLine(p.company)} — ${htmlLine(p.title)} (${app.match.score})</summary>`,
    '',
    `- Score ${md(explainScore(app.match))} <sub>${md(SCORE_SCALE)}</sub>`,
    `- Best title match: ${r.bestTitle ? md(r.bestTitle) : '—'} (${Math.round(r.titleScore * 100)}%)${r.titleVia ? ` via ${md(r.titleVia)}` : ''}`,
    `- Location: ${r.location ? md(r.location) : r.locationFit ? 'any (your profile names no locations, or the posting no place)' : 'not in your locations'}`,
    `- Matched skills (the posting asks, you have): ${list(r.matchedSkills, 20)}`,
    `- Missing skills (the posting asks, you lack): ${list(r.missingSkills, 20)}`,
  ];
  if (r.llm) lines.push(`- LLM fit: ${r.llm.fit} — ${md(r.llm.reason)}`);
  if (app.description)
    lines.push(`- Description: ${plural(app.description.text.length, 'char')} via ${app.description.method}`);
  // Which generator wrote each document: the run's LLM (provider and model) or the template, and why.
  const writer = (doc: GeneratedDoc) =>
    doc.by === 'llm' && llm
      ? `${md(llm.provider)}${llm.model ? ` ${code(llm.model)}` : ''}`
      : `template${doc.fallbackReason ? ` (fallback: ${md(doc.fallbackReason)})` : ''}`;
  if (app.letter)
    lines.push(`- Letter: ${writer(app.letter)}${app.letter.note ? ` — ${md(app.letter.note)}` : ''}`);
  if (app.resume) lines.push(`- Resume: ${writer(app.resume)}`);
  if (app.usage)
    lines.push(
      `- Tokens: ${app.usage.total}${app.costUsd !== undefined ? ` (~$${app.costUsd.toFixed(4)})` : ''}`,
    );
  if (app.grounding?.length) {
    lines.push(
      `- Grounding removed (not in your resume): ${app.grounding.map((g) => `${g.kind} ${md(g.value)}`).join('; ')}`,
    );
  }
  if (app.folder) lines.push(`- Files: ${code(`${app.folder}/`)}`);
  if (app.error) lines.push(`- Error: ${md(app.error)}`);
  if (app.letter) {
    const opening = app.letter.markdown
      .split('\n')
      .filter((l) => l.trim())
      .slice(0, 3)
      .join(' ');
    lines.push('', `> ${md(opening.slice(0, 400))}${opening.length > 400 ? '…' : ''}`);
  }
  lines.push('', '</details>');
  return lines;
}

/** The job summary as Markdown. Pure: every external string is escaped here. */
export function renderSummary(input: SummaryInput): string {
  const { result } = input;
  const noveltyOf = new Map(result.records.map((r) => [r.key, r.novelty]));
  const isNew = (key: string) => noveltyOf.get(key) !== 'seen';
  const apps = [...result.applications].sort(
    (a, b) =>
      Number(isNew(b.match.posting.key)) - Number(isNew(a.match.posting.key)) ||
      b.match.score - a.match.score,
  );
  const generated = apps.filter((a) => a.status === 'generated').length;
  const okCompanies = result.companies.filter((c) => c.status === 'ok' || c.status === 'empty').length;
  const out: string[] = [];

  out.push(
    `## 🎯 job-matcher: ${apps.length}${input.memory?.onlyNew && input.memory.restored ? ' new' : ''} match${apps.length === 1 ? '' : 'es'} out of ${plural(result.totalPostings, 'posting')} from ${plural(result.companies.length, 'company', 'companies')} in ${seconds(input.durationMs)}`,
    '',
    `${generated} application${generated === 1 ? '' : 's'} written (min score ${input.settings.minScore}${input.settings.topPerCompany ? ', best per company' : ''}, preset ${code(input.settings.preset)}), ${okCompanies}/${result.companies.length} ${noun(result.companies.length, 'company', 'companies')} listed, ${plural(result.workers, 'worker')}.`,
    '',
  );
  if (input.memory?.restored) {
    const n = result.novelty;
    const fresh = n.new + n.changed;
    out.push(
      `🆕 **${fresh} new** posting${fresh === 1 ? '' : 's'} since the last run (${n.new} new, ${n.changed} changed), ${n.seen} seen before${input.memory.onlyNew ? ' — only new ones were processed' : ''}.`,
      '',
    );
    if (input.memory.onlyNew && apps.length === 0)
      out.push('No new matches today: nothing was generated and no LLM call was made.', '');
  }
  if (input.memory) out.push(`<sub>Memory: ${md(input.memory.note)}</sub>`, '');
  if (input.shard) {
    out.push(
      `Shard ${md(input.shard.label)}: ${result.companies.length} of ${plural(input.shard.of, 'company', 'companies')} (${result.companies.map((c) => md(c.name)).join(', ') || 'none'}).`,
      '',
    );
  }
  for (const n of input.notices) out.push(`> [!WARNING]`, `> ${md(n)}`, '');
  const stopLine = input.llm && llmStopLine(input.llm);
  if (stopLine) out.push(`> [!WARNING]`, `> ${stopLine}`, '');

  if (input.artifact?.url)
    out.push(
      `📦 Letters and resumes: [artifact ${code(input.artifact.name)}](${safeUrl(input.artifact.url) ?? ''})`,
      '',
    );
  else if (input.artifact?.error)
    out.push(
      `> [!CAUTION]`,
      `> Artifact upload failed: ${md(input.artifact.error)}. The files are on the runner in ${code(input.outputDir)}.`,
      '',
    );
  else if (input.artifact) out.push(`📦 Letters and resumes: artifact ${code(input.artifact.name)}`, '');

  if (apps.length) {
    // The LLM's judgement (llm_rank) gets its own column when any match has one.
    const judged = apps.some((a) => a.match.reasons.llm);
    out.push(
      '### Matches',
      '',
      `| Score |${judged ? ' LLM fit |' : ''} Company | Role | Location | Salary | Matched skills | Missing skills | Result | Files |`,
      `|---:|${judged ? '---:|' : ''}---|---|---|---|---|---|---|---|`,
    );
    const artifactLink = safeUrl(input.artifact?.url);
    for (const app of apps) {
      const r = app.match.reasons;
      // Artifacts download as one zip, so a job's files are linked as "its folder in that zip".
      const folder = app.folder ? code(`${app.folder}/`) : '—';
      const files = app.folder && artifactLink ? `[${folder}](${artifactLink})` : folder;
      out.push(
        `| ${app.match.score} |${judged ? ` ${r.llm ? r.llm.fit : '—'} |` : ''} ${md(app.match.posting.company)} | ${roleLink(app)} | ${md(location(app))} | ${md(salary(app))} | ${list(r.matchedSkills)} | ${list(r.missingSkills, 3)} | ${statusCell(app)} | ${files} |`,
      );
    }
    out.push('');
  } else {
    out.push(
      'No posting reached the minimum score. Lower `min_score` or widen `titles`/`skills` to see more.',
      '',
    );
  }

  const extracted = apps.filter((a) => a.description?.method === 'llm');
  if (extracted.length) {
    out.push(
      `🔎 The page text was too thin for ${extracted.length} posting${extracted.length === 1 ? '' : 's'}, so the LLM picked the description out of the page: ${extracted.map((a) => `${md(a.match.posting.company)} — ${md(a.match.posting.title)}`).join('; ')}.`,
      '',
    );
  }

  const scores = result.records.filter((r) => r.score !== undefined).map((r) => r.score!);
  out.push(...scoreChart(scores), '');

  const failures = result.records.filter((r) => r.status === 'failed');
  const badCompanies = result.companies.filter((c) => c.status !== 'ok' && c.status !== 'empty');
  if (failures.length || badCompanies.length) {
    out.push('### Failures', '');
    for (const c of badCompanies)
      out.push(`- **${md(c.name)}** (${md(c.source)}): ${md(c.status)} — ${md(c.error ?? '')}`);
    for (const f of failures)
      out.push(`- **${md(f.company)}** — ${md(f.title)}: ${md(f.reason ?? 'failed')}`);
    out.push('');
  }

  out.push('### Companies', '', '| | Company | Source | Result | Time |', '|---|---|---|---|---:|');
  for (const c of result.companies) out.push(companyLine(c));
  out.push('');

  if (input.llm) {
    const l = input.llm;
    out.push(
      '### Usage',
      '',
      `- Generator: ${md(l.provider)}${l.model ? ` (${code(l.model)})` : ''}, ${plural(l.calls, 'request')}, ${plural(l.tokens, 'token')}${l.costUsd !== undefined ? `, ~$${l.costUsd.toFixed(4)}` : ''}${l.fallbacks ? `, ${plural(l.fallbacks, 'template fallback')}` : ''}`,
    );
    if (l.budgetExhausted)
      out.push(
        '- ⚠️ The `max_llm_tokens` budget ran out: the remaining jobs were written by the template generator.',
      );
  }
  const t = result.timings;
  out.push(
    `- Time: discover ${seconds(t.discoverMs)}, score ${seconds(t.scoreMs)}, describe + generate ${seconds(t.jobsMs)}`,
    '',
  );

  if (apps.length) {
    out.push('### Details', '');
    for (const app of apps) out.push(...details(app, input.llm));
    out.push('');
  }
  return truncateSummary(out.join('\n'));
}

/** Keeps the summary under GitHub's cap, cutting at a line boundary outside an open <details>. */
export function truncateSummary(text: string, limit = SUMMARY_LIMIT_BYTES): string {
  if (Buffer.byteLength(text) <= limit) return text;
  const lines = text.split('\n');
  const kept: string[] = [];
  let bytes = 0;
  let open = 0;
  for (const line of lines) {
    const size = Buffer.byteLength(line) + 1;
    if (bytes + size > limit - 512) break;
    kept.push(line);
    bytes += size;
    if (line.startsWith('<details>')) open++;
    if (line.startsWith('</details>')) open--;
  }
  if (open > 0) kept.push('', '</details>');
  kept.push(
    '',
    `> [!NOTE]`,
    `> The summary was cut to stay under GitHub's 1 MiB limit; results.json in the artifact has everything.`,
  );
  return kept.join('\n');
}
