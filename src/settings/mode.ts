/** The action's mode and the settings of `mode: merge`, read and validated like every other input. */
import path from 'node:path';
import { SettingsError, showValue } from './errors.ts';
import type { SettingsSource } from './index.ts';
import { SETTINGS } from './spec.ts';
import { parseSetting } from './values.ts';

export type Mode = 'run' | 'merge';

export interface MergeSettings {
  /** Where the merged summary.md and results.json go. */
  outputDir: string;
  /** Where the shards' downloaded artifacts are (default: outputDir). */
  mergeDir: string;
}

const modeSpec = SETTINGS.find((s) => s.name === 'mode')!;
const defaultOutputDir = String(SETTINGS.find((s) => s.name === 'output_dir')!.default);

/** `run` (default) or `merge`; anything else is a SettingsError naming the allowed values. */
export function resolveMode(src: Pick<SettingsSource, 'inputs'>): Mode {
  const raw = (src.inputs.mode ?? '').trim();
  return raw ? (parseSetting(modeSpec, raw, 'input mode') as Mode) : 'run';
}

export function resolveMergeSettings(src: SettingsSource): MergeSettings {
  const input = (name: string) => (src.inputs[name] ?? '').trim();
  const outputDir = path.resolve(src.cwd, input('output_dir') || defaultOutputDir);
  const mergeDir = input('merge_dir');
  if (mergeDir.includes('\n'))
    throw new SettingsError(`input merge_dir: ${showValue(mergeDir)} is not one path; allowed: a folder`);
  return { outputDir, mergeDir: mergeDir ? path.resolve(src.cwd, mergeDir) : outputDir };
}
