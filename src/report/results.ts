import type { PostingRecord } from '../model.ts';
import type { PipelineResult } from '../model.ts';

export interface ResultsMeta {
  startedAt: string;
  finishedAt: string;
  settings: Record<string, unknown>;
  llm?: unknown;
  artifact?: { name: string; id?: number; url?: string; digest?: string; error?: string };
}

export interface ResultsFile {
  version: 1;
  startedAt: string;
  finishedAt: string;
  counts: {
    postings: number;
    matched: number;
    generated: number;
    failed: number;
    /** Left for the next run because the LLM's daily limit was reached (on_quota: defer). */
    deferred: number;
    filtered: number;
    duplicates: number;
  };
  settings: Record<string, unknown>;
  companies: PipelineResult['companies'];
  llm?: unknown;
  artifact?: ResultsMeta['artifact'];
  postings: PostingRecord[];
}

export function countRecords(result: PipelineResult) {
  const by = (status: PostingRecord['status']) => result.records.filter((r) => r.status === status).length;
  return {
    postings: result.totalPostings,
    matched: result.applications.length,
    generated: by('generated'),
    failed: by('failed'),
    deferred: by('deferred'),
    filtered: by('filtered'),
    duplicates: by('duplicate'),
  };
}

/** results.json: every posting's fate (generated, filtered and why, failed and why, deferred, duplicate). */
export function buildResults(result: PipelineResult, meta: ResultsMeta): ResultsFile {
  const order = { generated: 0, failed: 1, deferred: 2, filtered: 3, duplicate: 4 };
  return {
    version: 1,
    startedAt: meta.startedAt,
    finishedAt: meta.finishedAt,
    counts: countRecords(result),
    settings: meta.settings,
    companies: result.companies,
    llm: meta.llm,
    artifact: meta.artifact,
    postings: [...result.records].sort(
      (a, b) => order[a.status] - order[b.status] || (b.score ?? -1) - (a.score ?? -1),
    ),
  };
}

/** Compact JSON of the top matches for a next step (Slack message, issue). */
export function matchesJson(result: PipelineResult, max = 20): string {
  const top = result.applications
    .filter((a) => a.status === 'generated')
    .sort((a, b) => b.match.score - a.match.score)
    .slice(0, max)
    .map((a) => ({
      company: a.match.posting.company,
      title: a.match.posting.title,
      url: a.match.posting.url,
      score: a.match.score,
      locations: a.match.posting.locations,
      remote: a.match.posting.remote,
      folder: a.folder,
    }));
  return JSON.stringify(top);
}
