/**
 * Writes action.yml, config.schema.json and the README's inputs/outputs tables from the one
 * settings definition (src/settings/spec.ts). `--check` fails instead of writing when any differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { OUTPUTS, PROFILE_KEYS, SETTINGS, type SettingSpec } from '../src/settings/spec.ts';
import { SOURCE_NAMES } from '../src/sources/index.ts';

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
    const description = `${s.description}${dflt && s.name !== 'github_token' ? ` Default: \`${dflt}\`.` : ''}`;
    lines.push(`  ${s.name}:`, `    description: ${yamlString(description)}`, '    required: false');
    if (s.name === 'github_token') lines.push(`    default: '\${{ github.token }}'`);
  }
  lines.push('outputs:');
  for (const o of OUTPUTS) lines.push(`  ${o.name}:`, `    description: ${yamlString(o.description)}`);
  lines.push('runs:', "  using: 'node24'", "  main: 'dist/index.js'", '');
  return lines.join('\n');
}

function schemaFor(s: SettingSpec): Record<string, unknown> {
  const base = { description: s.description } as Record<string, unknown>;
  if (s.default !== undefined) base.default = s.default;
  switch (s.type) {
    case 'int':
      return { ...base, type: 'integer', minimum: s.min, maximum: s.max };
    case 'bool':
      return { ...base, type: 'boolean' };
    case 'enum':
      return { ...base, type: 'string', enum: s.values };
    case 'list':
      return {
        ...base,
        type: 'array',
        items: s.values ? { type: 'string', enum: s.values } : { type: 'string' },
      };
    default:
      return { ...base, type: 'string' };
  }
}

export function configSchema(): string {
  const properties: Record<string, unknown> = { $schema: { type: 'string' } };
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
  properties.companies = {
    type: 'array',
    description:
      'Companies to follow. Each needs a `source`; the other keys depend on it (see README, "Sources").',
    items: {
      type: 'object',
      required: ['source'],
      properties: {
        name: { type: 'string', description: 'Display name.' },
        source: { type: 'string', enum: SOURCE_NAMES },
        base_url: { type: 'string', description: 'Overrides the API origin (proxies, mirrors, tests).' },
        search: { type: 'string', description: 'Search text, where the source supports it.' },
        location: { type: 'string', description: 'Location filter, where the source supports it.' },
        max_pages: { type: 'integer', minimum: 1, maximum: 1000, description: 'Page cap for paged APIs.' },
      },
    },
  };
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
    rows.push(`| \`${s.name}\` | ${cell(s.description)} | ${d ? `\`${cell(d)}\`` : ''} |`);
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
