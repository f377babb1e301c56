import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import defaultPreset from '../../config.json' with { type: 'json' };
import fastPreset from '../../config.fast.json' with { type: 'json' };
import { errorLine } from '../log.ts';
import type { Profile, Provider } from '../model.ts';
import type { CompanyConfig } from '../sources/types.ts';
import { companyIdentity, parseCompanyShorthand, validateCompany } from './companies.ts';
import { SettingsError, didYouMean, showValue } from './errors.ts';
import { jsonErrorAt } from './json-error.ts';
import { CONFIG_KEYS, PROFILE_KEYS, SETTINGS, type SettingSpec } from './spec.ts';
import { parseSetting, splitList, type SettingValue } from './values.ts';
import { FORMATS, isFormat, type Format } from '../render/formats.ts';
import { validArtifactName } from '../publish/artifact.ts';
import { resolveProvider } from './provider.ts';
import { parseResumeBytes, RESUME_KINDS, type SourceResume } from '../resume/index.ts';
import { companiesForShard, parseShard, type Shard } from './shard.ts';
import { checkFontFile } from './font-file.ts';

export { SettingsError } from './errors.ts';
export type { Profile } from '../model.ts';

export interface Settings {
  preset: 'default' | 'fast';
  configPath?: string;
  parallelWorkers: number;
  minScore: number;
  topPerCompany: boolean;
  maxJobs: number;
  maxAgeDays: number;
  resumePath: string;
  /** The source resume, parsed once: the one source of truth for grounding. */
  resume: SourceResume;
  /** The profile; its skills are the resume's when the profile names none. */
  profile: Profile;
  companies: CompanyConfig[];
  llm: {
    /** The endpoint that writes (kind 'none' with `llm: off` or without key, URL or token). */
    provider: Provider;
    /** The workflow token, also used for the GitHub API (state, repository visibility). */
    githubToken?: string;
    maxTokens: number;
    letterWords: number;
    /** llm_rank: postings near min_score the LLM may judge (0 = off). */
    rank: number;
    /** llm_requests_per_job: 2 = letter and resume asked separately, 1 = in one answer. */
    requestsPerJob: 1 | 2;
    /** on_quota: what the remaining jobs get once the daily limit is reached. */
    onQuota: 'defer' | 'template';
  };
  formats: Format[];
  /** pdf_font: an absolute path to a font file checked to be one. */
  pdfFont?: string;
  /** Where this run's files go (output_dir, or output_dir/shard-i-of-n when sharded). */
  outputDir: string;
  /** The artifact's root folder: output_dir itself, so shard artifacts merge without collisions. */
  artifactRoot: string;
  artifactName: string;
  retentionDays?: number;
  requestTimeoutMs: number;
  companyDeadlineMs: number;
  failOnError: boolean;
  onlyNew: boolean;
  reprocessChanged: boolean;
  shard?: Shard;
  /** Companies of the whole config, before sharding (for the summary). */
  allCompanies: number;
}

export interface SettingsSource {
  /** Raw action inputs by name (as `core.getInput` returns them: '' when not given). */
  inputs: Record<string, string | undefined>;
  /** Folder relative paths are resolved against (the workspace). */
  cwd: string;
  /** GITHUB_EVENT_NAME: `only_new: auto` is on for `schedule`. */
  eventName?: string;
}

const PRESETS: Record<string, Record<string, unknown>> = { default: defaultPreset, fast: fastPreset };
const byName = new Map(SETTINGS.map((s) => [s.name, s]));

function readConfigFile(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new SettingsError(
      `input config: file ${showValue(file)} not found; allowed: a path to a JSON config file`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new SettingsError(`input config: ${showValue(file)} is not valid JSON: ${jsonErrorAt(text)}`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new SettingsError(`input config: ${showValue(file)} must hold a JSON object`);
  }
  const obj = data as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!CONFIG_KEYS.includes(key)) {
      throw new SettingsError(
        `${path.basename(file)}: unknown key ${showValue(key)}${didYouMean(key, CONFIG_KEYS)}; allowed: ${CONFIG_KEYS.filter((k) => k !== '$schema').join(', ')}`,
      );
    }
  }
  return obj;
}

function parseProfile(raw: unknown, where: string): Partial<Profile> {
  if (raw === undefined) return {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new SettingsError(`${where}: must be an object with ${PROFILE_KEYS.join(', ')}`);
  }
  const out: Partial<Profile> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!(PROFILE_KEYS as readonly string[]).includes(key)) {
      throw new SettingsError(
        `${where}: unknown key ${showValue(key)}${didYouMean(key, PROFILE_KEYS)}; allowed: ${PROFILE_KEYS.join(', ')}`,
      );
    }
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
      throw new SettingsError(`${where}.${key}: must be a list of strings`);
    }
    out[key as keyof Profile] = value.map((v: string) => v.trim()).filter(Boolean);
  }
  return out;
}

function readResume(file: string, where: string): Buffer {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    throw new SettingsError(
      `${where}: file ${showValue(file)} not found; allowed: a path to ${RESUME_KINDS}`,
    );
  }
  if (!stat.isFile()) throw new SettingsError(`${where}: ${showValue(file)} is not a file`);
  if (stat.size > 2 * 1024 * 1024)
    throw new SettingsError(`${where}: ${showValue(file)} is larger than 2 MiB`);
  const bytes = readFileSync(file);
  if (!bytes.toString('latin1').trim()) throw new SettingsError(`${where}: file ${showValue(file)} is empty`);
  return bytes;
}

/**
 * The parsed resume (a PDF's or DOCX's text layer read first); every failure (a file of another kind,
 * no text layer, nothing a resume holds) is a one-line SettingsError naming the input.
 */
async function resumeFrom(bytes: Buffer, file: string, where: string): Promise<SourceResume> {
  try {
    return await parseResumeBytes(bytes, file);
  } catch (err) {
    const why = errorLine(err);
    throw new SettingsError(`${where}: ${/^(is|has) /.test(why) ? `${showValue(file)} ${why}` : why}`);
  }
}

/*
 * Where each input is read and where it is checked. The action reads every input once, in
 * readActionInputs (environment.ts), the CLI in parseCliArgs (cli-args.ts), a config file's values in
 * readConfigFile; resolveSettings then checks each in one function:
 *
 * | input                                                 | checked by                                  |
 * |-------------------------------------------------------|---------------------------------------------|
 * | `config`                                              | readConfigFile (JSON, known keys)           |
 * | `preset`, `parallel_workers`, `min_score`,            | parseSetting (values.ts), from its spec in  |
 * | `top_per_company`, `max_jobs`, `max_age_days`, `llm`, | spec.ts: type, range, allowed values;       |
 * | `max_llm_tokens`, `llm_rank`, `llm_requests_per_job`, | resolveSettings adds that `formats` and     |
 * | `on_quota`, `letter_words`, `formats`, `output_dir`,  | `output_dir` are not empty                  |
 * | `retention_days`, `request_timeout_seconds`,          |                                             |
 * | `company_deadline_seconds`, `fail_on_error`,          |                                             |
 * | `only_new`, `reprocess_changed`                       |                                             |
 * | `titles`, `skills`, `locations`, `exclude`            | parseSetting; in a config file parseProfile |
 * | `companies`                                           | parseCompanyShorthand, validateCompany      |
 * | `resume`                                              | readResume (the file), resumeFrom (content) |
 * | `openai_api_key`, `base_url`, `model`, `github_token` | resolveProvider (provider.ts)               |
 * | `artifact_name`                                       | validArtifactName (publish/artifact.ts)     |
 * | `pdf_font`                                            | checkFontFile (font-file.ts)                |
 * | `shard`                                               | parseShard (shard.ts)                       |
 * | `mode`                                                | resolveMode (mode.ts)                       |
 * | `merge_dir` (and `output_dir` with mode merge)        | resolveMergeSettings (mode.ts)              |
 *
 * The runner's variables are read in readRunContext (environment.ts): GITHUB_WORKSPACE,
 * GITHUB_EVENT_NAME (`only_new: auto`), GITHUB_EVENT_PATH, GITHUB_REPOSITORY, GITHUB_RUN_ID,
 * GITHUB_WORKFLOW_REF, GITHUB_API_URL, GITHUB_SERVER_URL, ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL;
 * the proxy variables (HTTPS_PROXY, HTTP_PROXY, NO_PROXY) in configureProxyFromEnv (http/proxy.ts);
 * the CLI's OPENAI_API_KEY and GITHUB_TOKEN in cli.ts. @actions/core and the artifact SDK read their
 * own variables (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, ACTIONS_*).
 */

/**
 * Resolves the run's settings: defaults <- preset <- config file <- action inputs, every value
 * validated before anything runs, the resume read and parsed once. Rejects with a SettingsError of
 * one line naming the bad input.
 */
export async function resolveSettings(src: SettingsSource): Promise<Settings> {
  const input = (name: string) => (src.inputs[name] ?? '').trim();
  const configInput = input('config');
  const configPath = configInput ? path.resolve(src.cwd, configInput) : undefined;
  const file = configPath ? readConfigFile(configPath) : {};
  const fileLabel = configPath ? path.basename(configPath) : 'config';

  const values = new Map<string, SettingValue>();
  const apply = (spec: SettingSpec, raw: unknown, where: string) =>
    values.set(spec.name, parseSetting(spec, raw, where));

  const presetSpec = byName.get('preset')!;
  const preset = String(
    input('preset')
      ? parseSetting(presetSpec, input('preset'), 'input preset')
      : file.preset !== undefined
        ? parseSetting(presetSpec, file.preset, `${fileLabel}: preset`)
        : 'default',
  ) as Settings['preset'];

  for (const spec of SETTINGS) {
    if (spec.default !== undefined) values.set(spec.name, spec.default);
  }
  for (const [key, raw] of Object.entries(PRESETS[preset])) {
    const spec = byName.get(key);
    if (spec) apply(spec, raw, `preset ${preset}: ${key}`);
  }
  for (const [key, raw] of Object.entries(file)) {
    const spec = byName.get(key);
    if (spec && spec.config !== false && key !== 'companies') apply(spec, raw, `${fileLabel}: ${key}`);
  }
  for (const spec of SETTINGS) {
    if (spec.input === false || spec.name === 'companies' || spec.name === 'config') continue;
    const raw = input(spec.name);
    if (raw !== '') apply(spec, raw, `input ${spec.name}`);
  }

  const get = <T extends SettingValue | undefined>(name: string) => values.get(name) as T;

  // Profile: config file's profile, each field overridden by its input.
  const profile: Profile = {
    titles: [],
    skills: [],
    locations: [],
    exclude: [],
    ...parseProfile(file.profile, `${fileLabel}: profile`),
  };
  for (const key of PROFILE_KEYS) {
    if (values.has(key)) profile[key] = get<string[]>(key);
  }

  // Companies: the config file's list, then the input's shorthand lines (duplicates dropped).
  const companies: CompanyConfig[] = [];
  const fileCompanies = file.companies;
  if (fileCompanies !== undefined && !Array.isArray(fileCompanies)) {
    throw new SettingsError(`${fileLabel}: companies must be a list of company objects`);
  }
  (fileCompanies ?? []).forEach((c, i) => {
    const label =
      c && typeof c === 'object' && typeof (c as CompanyConfig).name === 'string'
        ? ` (${showValue((c as CompanyConfig).name)})`
        : '';
    companies.push(validateCompany(c, `${fileLabel}: companies[${i}]${label}`));
  });
  const shorthand = parseCompanyShorthand(splitList(input('companies')));
  shorthand.forEach((c, i) => companies.push(validateCompany(c, `input companies line ${i + 1}`)));
  const seen = new Set<string>();
  const unique = companies.filter((c) => {
    const id = companyIdentity(c);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  if (unique.length === 0) {
    throw new SettingsError(
      'input companies: no companies given; allowed: lines like "greenhouse:vercel" or a config file with "companies"',
    );
  }

  // Resume: from the input relative to the workspace, or from the config file relative to that file.
  const resumeFromInput = input('resume');
  const resumeRaw = resumeFromInput || (values.get('resume') as string | undefined) || '';
  if (!resumeRaw) throw new SettingsError(`input resume: required; allowed: a path to ${RESUME_KINDS}`);
  const resumeBase = resumeFromInput || !configPath ? src.cwd : path.dirname(configPath);
  const resumePath = path.resolve(resumeBase, resumeRaw);
  const resumeWhere = resumeFromInput ? 'input resume' : `${fileLabel}: resume`;
  const resume = await resumeFrom(readResume(resumePath, resumeWhere), resumePath, resumeWhere);
  if (profile.skills.length === 0) profile.skills = resume.skills;
  if (profile.titles.length === 0 && profile.skills.length === 0) {
    throw new SettingsError(
      'input titles: the profile has no titles and no skills (and the resume lists no skills); give titles or skills',
    );
  }

  const githubToken = input('github_token') || undefined;
  const llmMode = get<'auto' | 'off'>('llm');
  const provider = resolveProvider({
    apiKey: input('openai_api_key'),
    baseUrl: get<string | undefined>('base_url'),
    model: get<string | undefined>('model'),
    githubToken,
  });
  const outputDir = get<string>('output_dir');
  if (!outputDir) throw new SettingsError('input output_dir: must not be empty');
  const artifactName = get<string>('artifact_name');
  const artifactProblem = validArtifactName(artifactName);
  if (artifactProblem) throw new SettingsError(`input artifact_name: ${artifactProblem}`);
  const shard = parseShard(input('shard'));
  const onlyNewSetting = get<string>('only_new');
  const formats = get<string[]>('formats').filter(isFormat);
  if (formats.length === 0)
    throw new SettingsError(`input formats: empty; allowed: any of ${FORMATS.join(', ')}`);
  // Like the resume: from the input relative to the workspace, from the config file relative to it.
  const fontFromInput = input('pdf_font');
  const fontRaw = fontFromInput || (values.get('pdf_font') as string | undefined) || '';
  const pdfFont = fontRaw
    ? checkFontFile(
        path.resolve(fontFromInput || !configPath ? src.cwd : path.dirname(configPath), fontRaw),
        fontFromInput ? 'input pdf_font' : `${fileLabel}: pdf_font`,
      )
    : undefined;

  return {
    preset,
    configPath,
    parallelWorkers: get('parallel_workers'),
    minScore: get('min_score'),
    topPerCompany: get('top_per_company'),
    maxJobs: get('max_jobs'),
    maxAgeDays: get('max_age_days'),
    resumePath,
    resume,
    profile,
    companies: companiesForShard(unique, shard),
    allCompanies: unique.length,
    llm: {
      provider: llmMode === 'off' ? resolveProvider({}) : provider,
      githubToken,
      maxTokens: get('max_llm_tokens'),
      letterWords: get('letter_words'),
      rank: get('llm_rank'),
      requestsPerJob: get<number>('llm_requests_per_job') === 1 ? 1 : 2,
      onQuota: get<'defer' | 'template'>('on_quota'),
    },
    formats: [...new Set(formats)],
    pdfFont,
    outputDir: path.resolve(src.cwd, outputDir, shard?.label ?? ''),
    artifactRoot: path.resolve(src.cwd, outputDir),
    artifactName: shard ? `${artifactName}-${shard.label}` : artifactName,
    retentionDays: values.get('retention_days') as number | undefined,
    requestTimeoutMs: get<number>('request_timeout_seconds') * 1000,
    companyDeadlineMs: get<number>('company_deadline_seconds') * 1000,
    failOnError: get('fail_on_error'),
    onlyNew: onlyNewSetting === 'true' || (onlyNewSetting === 'auto' && src.eventName === 'schedule'),
    reprocessChanged: get('reprocess_changed'),
    shard,
  };
}
