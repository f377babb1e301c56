/** The name of the artifact that carries run-to-run state. */
export const STATE_ARTIFACT_BASE = 'job-matcher-state';

/**
 * `job-matcher-state` or `job-matcher-state-<shard>`: one workflow can run several configurations
 * (shards, matrix jobs) side by side, each with its own memory. Whitespace and the characters an
 * artifact name may not hold become '-'.
 */
export function stateArtifactName(shard?: string, base: string = STATE_ARTIFACT_BASE): string {
  const suffix = (shard ?? '')
    .replace(/[\s":<>|*?\\/]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
  return suffix ? `${base}-${suffix}` : base;
}
