import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Application, Posting } from './model.ts';
import type { PostingRecord } from './model.ts';
import type { PipelineResult } from './model.ts';
import { buildResults, countRecords, type ResultsFile } from './report/results.ts';
import { renderSummary } from './report/summary.ts';
import { plural } from './text/plural.ts';

async function findResults(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name === 'results.json')
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

function postingOf(r: PostingRecord): Posting {
  return {
    key: r.key,
    id: r.key,
    source: r.source,
    company: r.company,
    title: r.title,
    url: r.url,
    locations: r.locations,
    remote: r.remote,
    postedAt: r.postedAt,
    salary: r.salary,
  };
}

/** Rebuilds the view the summary needs from shards' results.json files. */
export function combineResults(files: { folder: string; results: ResultsFile }[]): PipelineResult {
  const records: PostingRecord[] = [];
  const applications: Application[] = [];
  const combined: PipelineResult = {
    novelty: { new: 0, changed: 0, seen: 0 },
    seen: [],
    companies: [],
    totalPostings: 0,
    applications,
    records,
    workers: 0,
    timings: { discoverMs: 0, scoreMs: 0, jobsMs: 0 },
  };
  for (const { folder, results } of files) {
    combined.companies.push(...results.companies);
    combined.totalPostings += results.counts.postings;
    for (const r of results.postings) {
      const rec = { ...r, folder: r.folder ? path.posix.join(folder, r.folder) : undefined };
      records.push(rec);
      if (r.novelty) combined.novelty[r.novelty]++;
      if (r.status === 'generated' || r.status === 'failed' || r.status === 'deferred') {
        applications.push({
          match: { posting: postingOf(r), score: r.score ?? 0, reasons: r.reasons! },
          status: r.status,
          folder: rec.folder,
          error: r.status === 'generated' ? undefined : r.reason,
        });
      }
    }
  }
  return combined;
}

/**
 * `mode: merge`: combines the results.json of every shard found under `mergeDir` (as
 * actions/download-artifact with `merge-multiple` leaves them) into one results.json and summary.
 */
export async function mergeShards(mergeDir: string, outputDir: string, started: Date, now: () => Date) {
  const paths = await findResults(mergeDir);
  const files = await Promise.all(
    paths.map(async (p) => ({
      folder: path.relative(mergeDir, path.dirname(p)).split(path.sep).join('/'),
      results: JSON.parse(await readFile(p, 'utf8')) as ResultsFile,
    })),
  );
  const result = combineResults(files);
  const meta = {
    startedAt: started.toISOString(),
    finishedAt: now().toISOString(),
    settings: { mode: 'merge', shards: files.map((f) => f.folder) },
  };
  const results = buildResults(result, meta);
  const summary = renderSummary({
    result,
    durationMs: now().getTime() - started.getTime(),
    settings: {
      preset: String((files[0]?.results.settings.preset as string | undefined) ?? 'default'),
      minScore: Number(files[0]?.results.settings.min_score ?? 0),
      topPerCompany: Boolean(files[0]?.results.settings.top_per_company),
      parallelWorkers: 0,
      maxJobs: 0,
    },
    outputDir,
    notices: [],
  }).replace('## 🎯 job-matcher:', `## 🎯 job-matcher (${plural(files.length, 'shard')} merged):`);
  await mkdir(outputDir, { recursive: true });
  const resultsPath = path.join(outputDir, 'results.json');
  await writeFile(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(path.join(outputDir, 'summary.md'), summary);
  return { shards: files.length, result, results, resultsPath, summary, counts: countRecords(result) };
}
