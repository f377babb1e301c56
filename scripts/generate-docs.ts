/**
 * Writes action.yml, config.schema.json and the README's inputs/outputs tables from the one
 * settings definition (src/settings/spec.ts). `--check` fails instead of writing when any differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import {
  HTTP_URL_PATTERN,
  LIST_FORMAT,
  OUTPUTS,
  PROFILE_KEYS,
  SETTINGS,
  type SettingSpec,
} from '../src/settings/spec.ts';
import { FALSE_SPELLINGS, TRUE_SPELLINGS } from '../src/settings/values.ts';
import { SOURCE_NAMES, SOURCES } from '../src/sources/index.ts';
import { COMMON_KEYS, TOKEN_PATTERN, type CompanyKey } from '../src/sources/keys.ts';

const root = new URL('../', import.meta.url);
const check = process.argv.includes('--check');

function defaultText(s: SettingSpec): string {
  if (s.name === 'github_token') return '${{ github.token }}';
  if (s.default === undefined) return '';
  return Array.isArray(s.default) ? s.default.join(',') : String(s.default);
}

function yamlString(s: string): string {
  return JSON.stringify(s);
}

export function actionYml(): string {
  const lines = [
    '# Generated from src/settings/spec.ts by `npm run docs`; edit the spec, not this file.',
    "name: 'Job Matcher'",
    "description: 'Finds job postings that match your profile, writes grounded cover letters and tailored resumes, and uploads them as an artifact.'",
    "author: 'job-matcher'",
    'branding:',
    "  icon: 'briefcase'",
    "  color: 'blue'",
    'inputs:',
  ];
  for (const s of SETTINGS) {
    if (s.input === false) continue;
    const dflt = defaultText(s);
    // Only github_token declares a default: a declared default would always override the config file.
    const list = s.type === 'list' ? ` ${LIST_FORMAT}` : '';
    const description = `${s.description}${list}${dflt && s.name !== 'github_token' ? ` Default: \`${dflt}\`.` : ''}`;
    lines.push(`  ${s.name}:`, `    description: ${yamlString(description)}`, '    required: false');
    if (s.name === 'github_token') lines.push(`    default: '\${{ github.token }}'`);
  }
  lines.push('outputs:');
  for (const o of OUTPUTS) lines.push(`  ${o.name}:`, `    description: ${yamlString(o.description)}`);
  lines.push('runs:', "  using: 'node24'", "  main: 'dist/index.js'", '');
  return lines.join('\n');
}

/** A regex source matching `word` in any letter case (JSON Schema patterns take no flags). */
function anyCase(word: string): string {
  return [...word]
    .map((ch) =>
      ch.toLowerCase() !== ch.toUpperCase()
        ? `[${ch.toLowerCase()}${ch.toUpperCase()}]`
        : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
}

/** The schema of a boolean setting: a JSON boolean or one of the spellings the action reads. */
function booleanSchema(): Record<string, unknown> {
  const spellings = [...TRUE_SPELLINGS, ...FALSE_SPELLINGS].map(anyCase).join('|');
  return { anyOf: [{ type: 'boolean' }, { type: 'string', pattern: `^\\s*(?:${spellings})\\s*$` }] };
}

function schemaFor(s: SettingSpec): Record<string, unknown> {
  const base = { description: s.description } as Record<string, unknown>;
  if (s.default !== undefined) base.default = s.default;
  switch (s.type) {
    case 'int':
      return { ...base, type: 'integer', minimum: s.min, maximum: s.max };
    case 'bool':
      return { ...base, ...booleanSchema() };
    case 'enum':
      return { ...base, type: 'string', enum: s.values };
    case 'list':
      return {
        ...base,
        type: 'array',
        minItems: s.values ? 1 : undefined,
        items: s.values ? { type: 'string', enum: s.values } : { type: 'string' },
      };
    default: {
      const ending = s.extensions ? `\\.(?:${s.extensions.map((e) => anyCase(e.slice(1))).join('|')})$` : '';
      return { ...base, type: 'string', minLength: 1, pattern: s.pattern ?? (ending || undefined) };
    }
  }
}

/** The schema of one declared company key (src/sources/keys.ts). */
function companyKeySchema(key: CompanyKey): Record<string, unknown> {
  const description = key.hint[0].toUpperCase() + key.hint.slice(1) + '.';
  const url = { type: 'string', pattern: HTTP_URL_PATTERN };
  switch (key.kind) {
    case 'token':
      return { description, type: 'string', pattern: TOKEN_PATTERN };
    case 'url':
      return { description, ...url };
    case 'urls':
      return { description, type: 'array', minItems: 1, items: url };
    case 'text':
      return { description, type: 'string', pattern: '\\S' };
    case 'int':
      return { description, type: 'integer', minimum: key.min, maximum: key.max };
    case 'enum':
      return { description, type: 'string', enum: key.values };
  }
}

/**
 * `companies`: every entry needs a known `source`; the keys it may and must have depend on it
 * (if/then per source, from the keys each adapter declares).
 */
function companiesSchema(): Record<string, unknown> {
  const common = Object.fromEntries(Object.entries(COMMON_KEYS).map(([k, v]) => [k, companyKeySchema(v)]));
  const commonNames = Object.fromEntries(['source', ...Object.keys(COMMON_KEYS)].map((k) => [k, true]));
  return {
    type: 'array',
    minItems: 1,
    description:
      'Companies to follow. Each needs a `source`; the other keys depend on it (see README, "Sources").',
    items: {
      type: 'object',
      required: ['source'],
      properties: {
        source: { type: 'string', enum: SOURCE_NAMES, description: 'Where the postings are listed.' },
        ...common,
      },
      allOf: [...SOURCES.values()].map((adapter) => ({
        if: { type: 'object', properties: { source: { const: adapter.name } }, required: ['source'] },
        then: {
          type: 'object',
          properties: {
            ...commonNames,
            ...Object.fromEntries(Object.entries(adapter.keys).map(([k, v]) => [k, companyKeySchema(v)])),
          },
          required: Object.entries(adapter.keys)
            .filter(([, v]) => v.required)
            .map(([k]) => k),
          additionalProperties: false,
        },
      })),
    },
  };
}

export function configSchema(): string {
  const properties: Record<string, unknown> = {
    $schema: { type: 'string', description: 'Where editors find this schema.' },
  };
  for (const s of SETTINGS) {
    if (s.config === false || s.name === 'companies') continue;
    properties[s.name] = schemaFor(s);
  }
  properties.profile = {
    type: 'object',
    description: 'What you are looking for. Each field can be overridden by the input of the same name.',
    additionalProperties: false,
    properties: Object.fromEntries(
      PROFILE_KEYS.map((k) => [
        k,
        {
          type: 'array',
          items: { type: 'string' },
          description: SETTINGS.find((s) => s.name === k)!.description,
        },
      ]),
    ),
  };
  properties.companies = companiesSchema();
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'job-matcher config',
    type: 'object',
    additionalProperties: false,
    properties,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|');
}

export function readmeTables(): string {
  const rows = ['| Input | Description | Default |', '|---|---|---|'];
  for (const s of SETTINGS) {
    if (s.input === false) continue;
    const d = defaultText(s);
    const list = s.type === 'list' ? ` ${LIST_FORMAT}` : '';
    rows.push(`| \`${s.name}\` | ${cell(s.description + list)} | ${d ? `\`${cell(d)}\`` : ''} |`);
  }
  rows.push('', '| Output | Description |', '|---|---|');
  for (const o of OUTPUTS) rows.push(`| \`${o.name}\` | ${cell(o.description)} |`);
  return rows.join('\n');
}

const BEGIN = '<!-- BEGIN GENERATED: inputs-outputs -->';
const END = '<!-- END GENERATED: inputs-outputs -->';

export function readmeWithTables(readme: string): string {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start < 0 || end < 0) return readme;
  return `${readme.slice(0, start + BEGIN.length)}\n${readmeTables()}\n${readme.slice(end)}`;
}

if (import.meta.main) {
  const targets: [string, (old: string) => string][] = [
    ['action.yml', () => actionYml()],
    ['config.schema.json', () => configSchema()],
    ['README.md', (old) => readmeWithTables(old)],
  ];
  let stale = 0;
  for (const [file, make] of targets) {
    const url = new URL(file, root);
    let old = '';
    try {
      old = readFileSync(url, 'utf8');
    } catch {
      /* new file */
    }
    const next = make(old);
    if (next === old) continue;
    if (check) {
      console.error(`${file} is out of date: run \`npm run docs\``);
      stale++;
    } else {
      writeFileSync(url, next);
      console.log(`wrote ${file}`);
    }
  }
  process.exitCode = stale ? 1 : 0;
}
