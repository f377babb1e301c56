/** The logger edge: @actions/core in the action, the console in the CLI, an array in tests. */
export interface Logger {
  info(message: string): void;
  debug(message: string): void;
  /** A problem the user should see as an annotation; the run goes on. */
  warning(message: string, title?: string): void;
  error(message: string, title?: string): void;
  notice(message: string, title?: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

/** A logger that writes plain lines to a stream; used by the CLI and tests. */
export function lineLogger(output: (line: string) => void, opts: { debug?: boolean } = {}): Logger {
  const write = (line: string) => output(commandSafe(redactSecrets(line)));
  return {
    info: (m) => write(m),
    debug: (m) => {
      if (opts.debug) write(`[debug] ${m}`);
    },
    warning: (m, t) => write(`warning: ${t ? `${t}: ` : ''}${m}`),
    error: (m, t) => write(`error: ${t ? `${t}: ` : ''}${m}`),
    notice: (m, t) => write(`notice: ${t ? `${t}: ` : ''}${m}`),
    group: async (name, fn) => {
      write(`== ${name}`);
      return fn();
    },
  };
}

export const silentLogger: Logger = lineLogger(() => {});

/** The first line of an error's message (SDK and parser messages can run over several lines). */
export function errorLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0];
}

/**
 * A log line the runner cannot take for a workflow command: it reads `::name::` at the start of a line
 * (after spaces) and the old `##[name]` anywhere in it. External text (titles, server messages) can hold
 * either; a zero-width space breaks the marker without changing what a reader sees. Line breaks inside
 * the message are handled line by line.
 */
export function commandSafe(message: string): string {
  return message.replace(/##\[/g, '#\u200B#[').replace(/^(\s*)::/gm, '$1\u200B::');
}

const secrets = new Set<string>();
/** Shorter values would blank out ordinary words. */
const MIN_SECRET_LENGTH = 6;

/** Remembers a secret input (API key, token) so that redactSecrets takes it out of anything written. */
export function registerSecret(value: string | undefined): void {
  const secret = value?.trim();
  if (secret && secret.length >= MIN_SECRET_LENGTH) secrets.add(secret);
}

/**
 * The text with every registered secret replaced by `***`: for whatever the action writes (log, summary,
 * results, outputs), since a server or a model may quote a key back.
 */
export function redactSecrets(text: string): string {
  let out = text;
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join('***');
  return out;
}
