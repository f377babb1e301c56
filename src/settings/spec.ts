/**
 * The one definition of every setting: drives validation, config.schema.json, action.yml checks
 * and the README tables. `input: false` = config file only; `config: false` = action input only.
 */
import { FORMATS } from '../render/formats.ts';
import { RESUME_EXTENSIONS } from '../resume/detect.ts';

export type SettingType = 'int' | 'bool' | 'string' | 'enum' | 'list' | 'secret';

/** How every list input is written (action.yml, the README and --help say it in these words). */
export const LIST_FORMAT = 'A list: comma or newline separated (in a config file, a JSON array).';

export interface SettingSpec {
  name: string;
  type: SettingType;
  description: string;
  /** Default when neither preset, config file nor input sets it (shown in docs). */
  default?: number | boolean | string | string[];
  min?: number;
  max?: number;
  /** Allowed values for 'enum', or allowed items for 'list' when fixed. */
  values?: readonly string[];
  /** What the value looks like in the CLI's --help (`FILE`, `URL`...); by default from the type. */
  arg?: string;
  /** For a file path: the file name endings allowed (any case); config.schema.json checks them. */
  extensions?: readonly string[];
  /** A pattern (JavaScript and JSON Schema regex) the value must match; the action checks the same one. */
  pattern?: string;
  input?: boolean;
  config?: boolean;
}

export const PRESET_VALUES = ['default', 'fast'] as const;

/** A model id: letters, digits and . / : @ _ - (e.g. "openai/gpt-4.1-mini", "llama3.1:8b"). */
export const MODEL_ID_PATTERN = '^[\\w./:@-]{1,128}$';
/** An http(s) URL with a host, in any letter case. */
export const HTTP_URL_PATTERN = '^[hH][tT][tT][pP][sS]?://[^\\s/]';
/** An artifact name: not blank, none of the characters the artifact service rejects (" : < > | * ? \ / line breaks). */
export const ARTIFACT_NAME_PATTERN = '^(?=[\\s\\S]*\\S)[^":<>|*?\\r\\n\\\\/]+$';

export const SETTINGS: readonly SettingSpec[] = [
  {
    name: 'config',
    arg: 'FILE',
    type: 'string',
    config: false,
    description: 'Path to a JSON config file (see config.schema.json).',
  },
  {
    name: 'preset',
    type: 'enum',
    values: PRESET_VALUES,
    default: 'default',
    description: 'Preset: `default` (5 workers, min score 60) or `fast` (7 workers, min score 65).',
  },
  {
    name: 'parallel_workers',
    type: 'int',
    min: 1,
    max: 32,
    default: 5,
    description:
      'How many companies are listed at once, and how many jobs have their description fetched and their letter and resume written at once (never more workers than jobs). A job being written asks the LLM for its letter and its resume together (one request with `llm_requests_per_job: 1`), so an OpenAI-compatible endpoint gets at most twice this many requests at once; GitHub Models keeps its per-model limit.',
  },
  {
    name: 'min_score',
    type: 'int',
    min: 0,
    max: 100,
    default: 60,
    description: 'Minimum match score (0-100) a posting needs to be kept.',
  },
  {
    name: 'top_per_company',
    type: 'bool',
    default: true,
    description: 'Keep only the best-scoring posting of each company.',
  },
  {
    name: 'max_jobs',
    type: 'int',
    min: 1,
    max: 500,
    default: 25,
    description: 'At most this many postings get letters and resumes per run.',
  },
  {
    name: 'max_age_days',
    type: 'int',
    min: 0,
    max: 3650,
    default: 0,
    description: 'Drop postings older than this many days where the date is known (0 = no limit).',
  },
  {
    name: 'resume',
    arg: 'FILE',
    type: 'string',
    extensions: RESUME_EXTENSIONS,
    description:
      'Path to your resume: JSON Resume (`.json`), Markdown (`.md`), plain text (`.txt`), PDF with a text layer (`.pdf`) or Word (`.docx`).',
  },
  {
    name: 'companies',
    arg: 'SOURCE:ID,...',
    type: 'list',
    description:
      "Companies to follow as `source:id` (e.g. `greenhouse:vercel`, `lever:spotify`); merged with the config file's `companies`.",
  },
  {
    name: 'titles',
    type: 'list',
    description: 'Job titles you want; overrides `profile.titles`.',
  },
  {
    name: 'skills',
    type: 'list',
    description: "Your skills; overrides `profile.skills`. Defaults to the resume's skills.",
  },
  {
    name: 'locations',
    type: 'list',
    description: 'Acceptable locations, e.g. `New York, Remote`; overrides `profile.locations`.',
  },
  {
    name: 'exclude',
    type: 'list',
    description:
      'Words that drop a posting when its title contains them, e.g. `Manager, Intern`; overrides `profile.exclude`.',
  },
  {
    name: 'openai_api_key',
    type: 'secret',
    config: false,
    description:
      'API key of an OpenAI-compatible endpoint. Without it, GitHub Models is used with `github_token`.',
  },
  {
    name: 'base_url',
    arg: 'URL',
    type: 'string',
    pattern: HTTP_URL_PATTERN,
    description:
      'Base URL of the OpenAI-compatible endpoint (e.g. `https://api.openai.com/v1`, an Ollama or vLLM server).',
  },
  {
    name: 'model',
    arg: 'ID',
    type: 'string',
    pattern: MODEL_ID_PATTERN,
    description: 'Model id, e.g. `openai/gpt-4.1-mini` (GitHub Models) or `gpt-4.1-mini`.',
  },
  {
    name: 'llm',
    type: 'enum',
    values: ['auto', 'off'],
    default: 'auto',
    description:
      '`auto` uses the configured LLM (or GitHub Models); `off` always uses the deterministic template generator.',
  },
  {
    name: 'max_llm_tokens',
    type: 'int',
    min: 0,
    max: 100_000_000,
    default: 0,
    description:
      'Token budget for the run; past it the remaining jobs use the template generator (0 = no budget).',
  },
  {
    name: 'llm_rank',
    type: 'int',
    min: 0,
    max: 200,
    default: 0,
    description:
      'Ask the LLM to judge the fit (0-100, with a reason) of at most this many postings scored within 15 points of `min_score`; its judgement decides whether they are kept. Remembered between runs; 0 = off.',
  },
  {
    name: 'llm_requests_per_job',
    type: 'int',
    min: 1,
    max: 2,
    default: 2,
    description:
      '`2` asks the LLM for the letter and the tailored resume separately; `1` asks for both in one answer (same fact check and fallbacks), so a daily quota covers twice the jobs.',
  },
  {
    name: 'on_quota',
    type: 'enum',
    values: ['defer', 'template'],
    default: 'defer',
    description:
      "When the LLM's daily limit is reached: `defer` leaves the remaining postings for the next run (not remembered as seen), `template` writes them with the template generator.",
  },
  {
    name: 'letter_words',
    type: 'int',
    min: 80,
    max: 1000,
    default: 250,
    description: 'Target length of each cover letter in words.',
  },
  {
    name: 'formats',
    type: 'list',
    values: FORMATS,
    default: ['md', 'pdf'],
    description: `Output formats, any of ${FORMATS.map((f) => `\`${f}\``).join(', ')}.`,
  },
  {
    name: 'pdf_font',
    type: 'string',
    description:
      'A font file (.ttf, .otf or .woff; relative to the workspace, or to the config file) for PDF characters the built-in fonts lack: DejaVu Sans covers Latin, Greek and Cyrillic, Noto Sans SC Chinese and Japanese kana; give e.g. a Noto Sans KR file for Korean. Characters no font has are left out with a warning.',
  },
  {
    name: 'output_dir',
    arg: 'DIR',
    type: 'string',
    default: 'job-matcher-output',
    description: 'Folder the files are written to (relative to the workspace).',
  },
  {
    name: 'artifact_name',
    arg: 'NAME',
    type: 'string',
    pattern: ARTIFACT_NAME_PATTERN,
    default: 'job-applications',
    description: 'Name of the uploaded artifact.',
  },
  {
    name: 'retention_days',
    type: 'int',
    min: 1,
    max: 90,
    description: 'Days the artifact is kept (1-90; default: the repository setting).',
  },
  {
    name: 'request_timeout_seconds',
    type: 'int',
    min: 1,
    max: 300,
    default: 30,
    description: 'Timeout of one HTTP request to a job board or posting page.',
  },
  {
    name: 'company_deadline_seconds',
    type: 'int',
    min: 5,
    max: 3600,
    default: 180,
    description: "Total time one company's listing may take, retries included.",
  },
  {
    name: 'fail_on_error',
    type: 'bool',
    default: false,
    description:
      'Fail the step when any company, posting or upload fails (by default only when nothing succeeded).',
  },
  {
    name: 'only_new',
    type: 'enum',
    values: ['auto', 'true', 'false'],
    default: 'auto',
    description:
      'Process only postings not seen by an earlier run (memory kept in a state artifact; needs `permissions: actions: read`). `auto` = on for `schedule` events.',
  },
  {
    name: 'reprocess_changed',
    type: 'bool',
    default: false,
    description:
      'With only_new, process a seen posting again when its title, locations or description changed.',
  },
  {
    name: 'shard',
    arg: 'I/N',
    type: 'string',
    config: false,
    description:
      'Process one part of the companies, e.g. `2/4` in a matrix of 4 jobs; artifact and state names carry the shard.',
  },
  {
    name: 'mode',
    type: 'enum',
    values: ['run', 'merge'],
    default: 'run',
    config: false,
    description:
      '`run` searches; `merge` combines the results of sharded runs found in `merge_dir` into one summary.',
  },
  {
    name: 'merge_dir',
    arg: 'DIR',
    type: 'string',
    config: false,
    description: 'With mode `merge`: folder holding the downloaded shard artifacts (default: `output_dir`).',
  },
  {
    name: 'github_token',
    type: 'secret',
    config: false,
    description:
      'Token for GitHub Models, for reading repository visibility and for restoring the state of earlier runs. Default: the workflow token.',
  },
];

/** Keys a config file may hold: the settings that are not input-only, plus the structured ones. */
export const CONFIG_KEYS = [
  '$schema',
  ...SETTINGS.filter((s) => s.config !== false).map((s) => s.name),
  'profile',
];

export const PROFILE_KEYS = ['titles', 'skills', 'locations', 'exclude'] as const;

/** The step outputs (set in main.ts); drives action.yml and the README table. */
export const OUTPUTS: readonly { name: string; description: string }[] = [
  { name: 'matched', description: 'Number of postings that passed the filters.' },
  { name: 'generated', description: 'Number of postings that got a cover letter and a resume.' },
  { name: 'failed', description: 'Number of matched postings whose description or generation failed.' },
  { name: 'results', description: "Path of results.json (every posting's fate)." },
  { name: 'output-dir', description: 'Folder holding the letters, resumes, results.json and summary.md.' },
  {
    name: 'matches-json',
    description:
      'Compact JSON array of the top matches (company, title, url, score, locations, remote, folder) for a next step.',
  },
  { name: 'artifact-id', description: 'Id of the uploaded artifact.' },
  { name: 'artifact-url', description: 'URL of the uploaded artifact.' },
  { name: 'artifact-digest', description: 'SHA-256 digest (hex) of the uploaded artifact zip.' },
];
