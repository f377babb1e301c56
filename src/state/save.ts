/** Saves run-to-run state as a small workflow artifact (nothing is committed to the repository). */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Logger } from '../log.ts';
import { uploadOutputs } from '../publish/artifact.ts';
import { STATE_FILE, serializeState } from './run-state.ts';
import type { RunState } from './run-state.ts';

export interface SaveStateOptions {
  state: RunState;
  /** Full artifact name, e.g. stateArtifactName(shard). */
  artifactName: string;
  /** Default 30: long enough to bridge a paused schedule, short enough not to pile up. */
  retentionDays?: number;
  /** This run's page, for the artifact's link in the log. */
  runUrl?: string;
  log: Logger;
}

export const DEFAULT_STATE_RETENTION_DAYS = 30;

export async function saveStateArtifact(opts: SaveStateOptions): Promise<{ id: number; size: number }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'job-matcher-state-'));
  try {
    await writeFile(path.join(dir, STATE_FILE), serializeState(opts.state), 'utf8');
    const { id, size } = await uploadOutputs({
      rootDir: dir,
      files: [STATE_FILE],
      name: opts.artifactName,
      retentionDays: opts.retentionDays ?? DEFAULT_STATE_RETENTION_DAYS,
      runUrl: opts.runUrl,
      log: opts.log,
    });
    opts.log.info(
      `[state] Saved ${Object.keys(opts.state.seen).length} seen postings as "${opts.artifactName}"`,
    );
    return { id, size };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
