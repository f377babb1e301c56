import type { CompanyResult } from '../model.ts';
import { noun, plural } from '../text/plural.ts';

export interface VerdictInput {
  counts: { postings: number; matched: number; generated: number; failed: number };
  companies: CompanyResult[];
  artifactError?: string;
  outputDir: string;
  failOnError: boolean;
}

/**
 * How the step ends: failed on an upload failure, when no company could be listed, or (with
 * fail_on_error) on any failure; otherwise it succeeds, with the one-line result.
 */
export function runVerdict(v: VerdictInput): { failed: boolean; line: string } {
  const listed = v.companies.filter((c) => c.status === 'ok' || c.status === 'empty').length;
  const line = `${plural(v.counts.generated, 'application')} written from ${plural(v.counts.postings, 'posting')} (${v.counts.matched} matched, ${v.counts.failed} failed); ${listed}/${v.companies.length} ${noun(v.companies.length, 'company', 'companies')} listed.`;
  if (v.artifactError)
    return {
      failed: true,
      line: `Artifact upload failed: ${v.artifactError}. The files are in ${v.outputDir}.`,
    };
  if (listed === 0) return { failed: true, line: `No company could be listed. ${line}` };
  const anyFailure = v.counts.failed > 0 || listed < v.companies.length;
  if (v.failOnError && anyFailure) return { failed: true, line: `fail_on_error: ${line}` };
  return { failed: false, line };
}
