/** Uploads the run's output files as one workflow artifact through the Actions results service. */
import path from 'node:path';
import { errorLine, type Logger } from '../log.ts';
import { plural } from '../text/plural.ts';

export interface UploadOutputsOptions {
  /** Directory the files are relative to; their paths inside the artifact start here. */
  rootDir: string;
  /** Files to upload, absolute or relative to rootDir. */
  files: string[];
  name: string;
  /** 1..90; unset = the repository's default retention. */
  retentionDays?: number;
  /** This run's page (RunContext.runUrl): the artifact's link is under it. */
  runUrl?: string;
  log: Logger;
}

export interface UploadedOutputs {
  id: number;
  /** Bytes uploaded (the zip). */
  size: number;
  /** The artifact's page on GitHub, when the repository and run are known. */
  url?: string;
  /** SHA-256 of the uploaded zip (hex), as the service recorded it. */
  digest?: string;
}

// The characters the artifact service rejects in a name (same set @actions/artifact checks).
const FORBIDDEN_NAME_CHARS: ReadonlyArray<[string, string]> = [
  ['"', 'double quote'],
  [':', 'colon'],
  ['<', 'less than'],
  ['>', 'greater than'],
  ['|', 'vertical bar'],
  ['*', 'asterisk'],
  ['?', 'question mark'],
  ['\r', 'carriage return'],
  ['\n', 'line feed'],
  ['\\', 'backslash'],
  ['/', 'forward slash'],
];

/** Why `name` cannot be an artifact name, or null when it can. */
export function validArtifactName(name: string): string | null {
  if (name.trim() === '') return 'artifact name must not be empty';
  const bad = FORBIDDEN_NAME_CHARS.filter(([ch]) => name.includes(ch)).map(([, label]) => label);
  if (bad.length > 0) {
    return `artifact name ${JSON.stringify(name)} contains a forbidden character (${bad.join(', ')}); allowed is any text without " : < > | * ? \\ / or line breaks`;
  }
  return null;
}

export async function uploadOutputs(opts: UploadOutputsOptions): Promise<UploadedOutputs> {
  const nameError = validArtifactName(opts.name);
  if (nameError) throw new Error(nameError);
  if (opts.retentionDays !== undefined) {
    const days = opts.retentionDays;
    if (!Number.isInteger(days) || days < 1 || days > 90) {
      throw new Error(`retention_days must be a whole number from 1 to 90, got ${days}`);
    }
  }
  if (opts.files.length === 0) throw new Error(`artifact "${opts.name}": no files to upload`);

  const rootDir = path.resolve(opts.rootDir);
  const files = opts.files.map((f) => path.resolve(rootDir, f));
  opts.log.info(`[artifact] Uploading ${plural(files.length, 'file')} as "${opts.name}"...`);
  // Loaded on use: the artifact SDK (with its Azure blob client) is a large part of the bundle. It reads
  // the runner's ACTIONS_* variables itself; callers upload only when RunContext.artifactService.
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  let result: { id?: number; size?: number; digest?: string };
  try {
    result = await client.uploadArtifact(opts.name, files, rootDir, {
      retentionDays: opts.retentionDays,
    });
  } catch (err) {
    // The SDK's messages can run over several lines (links, advice); the first says what failed.
    const reason = errorLine(err).trim();
    throw new Error(`artifact upload "${opts.name}" failed: ${reason}`, { cause: err });
  }
  if (result.id === undefined)
    throw new Error(`artifact upload "${opts.name}" failed: the service returned no id`);
  const size = result.size ?? 0;
  const url = opts.runUrl ? `${opts.runUrl}/artifacts/${result.id}` : undefined;
  opts.log.info(`[artifact] Uploaded "${opts.name}" (${size} bytes)${url ? `: ${url}` : ''}`);
  return {
    id: result.id,
    size,
    ...(url ? { url } : {}),
    ...(result.digest ? { digest: result.digest } : {}),
  };
}
