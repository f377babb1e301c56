/** The one data model that flows through the stages: Posting -> Match -> Application. */

export interface Salary {
  min?: number;
  max?: number;
  /** ISO 4217 code when known, e.g. "USD". */
  currency?: string;
  period?: 'year' | 'month' | 'week' | 'day' | 'hour';
  /** Human text as the source gave it, e.g. "$150K – $200K". */
  text?: string;
}

export interface Posting {
  /** Stable dedup key, `${source}:${companyKey}:${id}`; also the key of run-to-run state. */
  key: string;
  /** The ATS's own id for the posting. */
  id: string;
  source: string;
  /** Display name of the company (from config). */
  company: string;
  title: string;
  locations: string[];
  /** true = remote, false = on-site/hybrid known, null = unknown. */
  remote: boolean | null;
  department?: string;
  /** Public page of the posting. */
  url: string;
  applyUrl?: string;
  /** ISO 8601 date-time when known. */
  postedAt?: string;
  salary?: Salary;
  /** Plain-text description when the listing already carries it. */
  description?: string;
}

/** What the job seeker is looking for. */
export interface Profile {
  titles: string[];
  skills: string[];
  locations: string[];
  exclude: string[];
}

export interface MatchReasons {
  /** Best-matching profile title and how well it matched (0..1). */
  bestTitle: string | null;
  titleScore: number;
  /** The role-family name the title matched through ("applied scientist" for "Data Scientist"). */
  titleVia?: string;
  /** The posting's skills that you have (in your resume or profile skills). */
  matchedSkills: string[];
  /** The posting's skills that you lack. */
  missingSkills: string[];
  /** Which profile location matched, "remote" or null. */
  location: string | null;
  /** false when the profile names locations and the posting is in none of them (dropped by the filter). */
  locationFit: boolean;
  /** Profile exclusions found in the title (any drops the posting). */
  excludedBy: string[];
  /** The LLM's judgement of fit (llm_rank), for postings near min_score. */
  llm?: LlmFit;
}

/** An LLM's structured judgement of how well a posting fits the profile. */
export interface LlmFit {
  /** 0..100, on the same scale as the score. */
  fit: number;
  /** One line saying why. */
  reason: string;
}

export interface Match {
  posting: Posting;
  score: number;
  reasons: MatchReasons;
}

export type DescriptionMethod = 'listing' | 'api' | 'json-ld' | 'html' | 'llm' | 'text';

export interface Description {
  text: string;
  method: DescriptionMethod;
}

export interface TokenUsage {
  prompt: number;
  completion: number;
  total: number;
  /** Hidden reasoning tokens of reasoning models (already counted in completion). */
  reasoning?: number;
}

export interface GeneratedDoc {
  markdown: string;
  /** 'llm' when the model wrote it, 'template' when the deterministic generator did. */
  by: 'llm' | 'template';
  /** Why the template was used when an LLM was configured. */
  fallbackReason?: string;
  /** A letter far from letter_words: how long it is and why (shown in the summary and job.json). */
  note?: string;
  /**
   * A template letter short of letter_words because the resume has no more to say to the posting:
   * its length in words (the run warns once about all of them).
   */
  shortWords?: number;
}

export interface GroundingRemoval {
  kind: 'employer' | 'title' | 'date' | 'degree' | 'certificate' | 'skill' | 'line';
  value: string;
}

export interface Application {
  match: Match;
  description?: Description;
  letter?: GeneratedDoc;
  resume?: GeneratedDoc;
  usage?: TokenUsage;
  costUsd?: number;
  grounding?: GroundingRemoval[];
  /** Folder (relative to output_dir) holding this job's files. */
  folder?: string;
  files?: string[];
  /** 'deferred': left for the next run (the LLM's daily limit was reached; see on_quota). */
  status: 'generated' | 'failed' | 'deferred';
  error?: string;
}

/** What generation returns for one job (letter + resume), never throwing for LLM trouble. */
export interface GeneratedApplication {
  letter: GeneratedDoc;
  resume: GeneratedDoc;
  usage?: TokenUsage;
  costUsd?: number;
  grounding: GroundingRemoval[];
}

export type Novelty = 'new' | 'changed' | 'seen';

export type CompanyStatus = 'ok' | 'empty' | 'not_found' | 'throttled' | 'failed';

export interface CompanyResult {
  name: string;
  source: string;
  status: CompanyStatus;
  postings: number;
  error?: string;
  ms: number;
}

/** One line of results.json: what became of one posting. */
export interface PostingRecord {
  key: string;
  company: string;
  source: string;
  title: string;
  url: string;
  locations: string[];
  remote: boolean | null;
  postedAt?: string;
  salary?: Salary;
  score?: number;
  reasons?: Match['reasons'];
  status: 'generated' | 'filtered' | 'failed' | 'deferred' | 'duplicate';
  reason?: string;
  folder?: string;
  novelty?: Novelty;
}

/** The LLM endpoint a run writes with, resolved from the settings. */
export type ProviderKind = 'github-models' | 'openai-compatible' | 'none';

export interface Provider {
  kind: ProviderKind;
  /** Ends without a slash; '' for 'none'. */
  baseUrl: string;
  model: string;
  apiKey?: string;
}

/** What the state remembers of a posting's LLM judgement: valid while the posting hashes to `hash`. */
export interface RememberedFit extends LlmFit {
  hash: string;
}

/** A posting this run scored, as the state artifact should remember it. */
export interface SeenEntry {
  key: string;
  score: number;
  hash?: string;
  llm?: RememberedFit;
}

export interface StageTimings {
  discoverMs: number;
  scoreMs: number;
  jobsMs: number;
}

export interface PipelineResult {
  /** Postings by what earlier runs knew of them (all 'new' without state). */
  novelty: Record<Novelty, number>;
  /**
   * What the state artifact should remember of this run's postings: all scored ones except those whose
   * description or generation failed, so a later only_new run tries them again.
   */
  seen: SeenEntry[];
  companies: CompanyResult[];
  totalPostings: number;
  applications: Application[];
  records: PostingRecord[];
  workers: number;
  timings: StageTimings;
}
