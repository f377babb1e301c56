/**
 * The local CLI's command line: every action input as an option (from the settings table, the same
 * one that writes action.yml and the README), plus options of the CLI itself. Pure: argv in, a
 * parsed command or a usage error out; `helpText()` is the `--help` page.
 */
import { didYouMean } from './settings/errors.ts';
import { LIST_FORMAT, SETTINGS, type SettingSpec } from './settings/spec.ts';

/** An option of the CLI itself (not an action input). `arg` names its value; none = a flag. */
export interface CliOption {
  name: string;
  short?: string;
  arg?: string;
  description: string;
}

export const CLI_OPTIONS: readonly CliOption[] = [
  {
    name: 'check-resume',
    arg: 'FILE',
    description:
      'Show what is read from a resume (name, whether contact details were found, positions, education, skills) and exit: 0 when it reads well, 1 with warnings, 2 when it cannot be read.',
  },
  { name: 'help', short: 'h', description: 'Show this help and exit.' },
  { name: 'version', description: 'Print the version and exit.' },
];

/**
 * Action inputs the CLI has no use for: it uploads no artifact, merges no shards and keeps no memory
 * of earlier runs.
 */
const ACTION_ONLY = new Set([
  'artifact_name',
  'retention_days',
  'mode',
  'merge_dir',
  'only_new',
  'reprocess_changed',
]);

/** Settings the CLI takes as options, in the table's order. */
export const CLI_SETTINGS: readonly SettingSpec[] = SETTINGS.filter(
  (s) => s.input !== false && !ACTION_ONLY.has(s.name),
);

export interface CliCommand {
  /** Action inputs by their snake_case name, as the action would get them. */
  inputs: Record<string, string>;
  /** CLI options given, by snake_case name: '' for a flag. */
  options: Record<string, string>;
}

/** A wrong command line: one line, printed with a pointer to --help; exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const snake = (name: string) => name.replace(/-/g, '_');
const kebab = (name: string) => name.replace(/_/g, '-');

/**
 * Reads `--name value`, `--name=value`, kebab-case or snake_case alike (`--min-score` = `--min_score`).
 * A boolean input given alone (`--fail-on-error`) is true; a list input given twice adds up.
 */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  const settings = new Map(CLI_SETTINGS.map((s) => [s.name, s]));
  const own = new Map(CLI_OPTIONS.flatMap((o) => [[snake(o.name), o] as const]));
  const shorts = new Map(CLI_OPTIONS.filter((o) => o.short).map((o) => [o.short!, o]));
  const known = [...[...settings.keys()].map(kebab), ...CLI_OPTIONS.map((o) => o.name)];
  const command: CliCommand = { inputs: {}, options: {} };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const short = /^-([A-Za-z])$/.exec(arg);
    if (short && shorts.has(short[1])) {
      command.options[snake(shorts.get(short[1])!.name)] = '';
      continue;
    }
    const long = /^--([^=]+)(?:=([\s\S]*))?$/.exec(arg);
    if (!long) {
      throw new UsageError(
        arg.startsWith('-')
          ? `unknown option ${arg}`
          : `unexpected argument ${JSON.stringify(arg)}; options take the form --name value`,
      );
    }
    const name = snake(long[1]);
    const takeValue = (what: string): string => {
      if (long[2] !== undefined) return long[2];
      const next = argv[i + 1];
      if (next === undefined || /^--?[A-Za-z]/.test(next))
        throw new UsageError(`option --${kebab(name)} needs a value (${what})`);
      i++;
      return next;
    };
    const option = own.get(name);
    const spec = settings.get(name);
    if (option) {
      command.options[name] = option.arg ? takeValue(option.arg) : '';
    } else if (spec) {
      const next = argv[i + 1];
      const bareFlag =
        spec.type === 'bool' && long[2] === undefined && (next === undefined || next.startsWith('-'));
      const value = bareFlag ? 'true' : takeValue(expected(spec));
      const earlier = command.inputs[name];
      command.inputs[name] = spec.type === 'list' && earlier ? `${earlier}\n${value}` : value;
    } else {
      const hint = didYouMean(kebab(name), known).replace(/"([^"]+)"/, '--$1');
      throw new UsageError(`unknown option --${long[1]}${hint}`);
    }
  }
  return command;
}

/** What an option's value must be, for a "needs a value" error. */
function expected(s: SettingSpec): string {
  if (s.type === 'int') return `a whole number from ${s.min} to ${s.max}`;
  if (s.type === 'enum') return `one of ${s.values!.join(', ')}`;
  return `e.g. --${kebab(s.name)} ${placeholder(s)}`;
}

/** What an option's value looks like in the help, e.g. `N`, `default|fast`, `FILE`. */
function placeholder(s: SettingSpec): string {
  if (s.arg) return s.arg;
  switch (s.type) {
    case 'int':
      return 'N';
    case 'bool':
      return 'true|false';
    case 'enum':
      return s.values!.join('|');
    case 'list':
      return 'LIST';
    case 'secret':
      return 'KEY';
    case 'string':
      return 'TEXT';
  }
}

/** Markdown-ish description text for a terminal. */
function plain(text: string): string {
  return text.replace(/`([^`]*)`/g, '$1');
}

/** `text` wrapped at `width` columns, continuation lines indented by `indent`. */
function wrap(text: string, width: number, indent: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width - indent) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join(`\n${' '.repeat(indent)}`);
}

/** The `--help` page: every option, generated from the settings table and CLI_OPTIONS. */
export function helpText(width = 100): string {
  const rows: [string, string][] = CLI_SETTINGS.map((s) => {
    const dflt = s.default === undefined ? '' : ` Default: ${[s.default].flat().join(',')}.`;
    const flag =
      s.type === 'bool' ? `--${kebab(s.name)} [true|false]` : `--${kebab(s.name)} ${placeholder(s)}`;
    const list = s.type === 'list' ? ` ${LIST_FORMAT.replace(/ \(in a config file.*\)/, '')}` : '';
    return [flag, `${plain(s.description)}${list}${dflt}`];
  });
  for (const o of CLI_OPTIONS) {
    rows.push([`${o.short ? `-${o.short}, ` : ''}--${o.name}${o.arg ? ` ${o.arg}` : ''}`, o.description]);
  }
  const left = Math.min(34, Math.max(...rows.map(([flag]) => flag.length)) + 4);
  const table = rows
    .map(([flag, text]) => {
      const pad = flag.length + 2 < left ? flag.padEnd(left - 2) : `${flag}\n${' '.repeat(left)}`;
      return `  ${pad}${wrap(text, width, left)}`;
    })
    .join('\n');
  return `Usage: npm start -- [options]
   or: node src/cli.ts [options]   (Node.js 24 or newer)

Runs job-matcher on this machine: the action's pipeline, writing the letters, resumes, results.json
and summary.md to --output-dir. Without --config or --companies it runs the offline demo against
recorded job boards served on 127.0.0.1.

Options (the action's inputs; --min-score and --min_score are the same option):
${table}

Environment: OPENAI_API_KEY (rather than --openai-api-key) or GITHUB_TOKEN enable the LLM;
HTTPS_PROXY, HTTP_PROXY and NO_PROXY are honoured.
Exit status: 0 when the run succeeded; 1 when no company could be listed (with --fail-on-error: when
anything failed); 2 for a usage or settings error.
`;
}
