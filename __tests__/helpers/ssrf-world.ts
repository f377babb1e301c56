/**
 * Run by http-ssrf.test.ts inside its own network namespace (never directly): a "public" job board on
 * 203.0.113.10 that sends the run into the runner's own network, a cloud metadata service on
 * 169.254.169.254 and an internal service on loopback, both counting the requests that reach them.
 * Prints one JSON line: what the HTTP client and a run of dist/index.js made of it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createHttpClient } from '../../src/http/client.ts';
import { HttpError } from '../../src/http/types.ts';
import { json, reply, startFaultServer } from './fault-server.ts';
import { addLoopbackAddresses } from './netns.ts';
import { demoBoardsDir, demoResume, runAction } from './run-action.ts';

export const PUBLIC_ADDRESS = '203.0.113.10';
export const METADATA_ADDRESS = '169.254.169.254';

export interface WorldReport {
  client: Record<string, { ok: true; text: string } | { ok: false; kind: string; message: string }>;
  metadataHits: string[];
  internalHits: string[];
  action: { code: number | null; stdout: string; summary: string; results: unknown };
}

addLoopbackAddresses([METADATA_ADDRESS, PUBLIC_ADDRESS]);

const metadata = await startFaultServer({}, { host: METADATA_ADDRESS, port: 80 });
const internal = await startFaultServer({ '/admin': reply(200, 'INTERNAL-SECRET') });
const posting = (id: number, title: string, url: string) => ({
  id,
  title,
  absolute_url: url,
  location: { name: 'Remote' },
  updated_at: '2026-11-20T10:00:00Z',
});
const board = await startFaultServer({}, { host: PUBLIC_ADDRESS });
const redirect = (location: string) => ({ kind: 'redirect' as const, location });
const routes = {
  '/ok': reply(200, 'public page'),
  '/to-public': redirect(`${board.origin}/ok`),
  '/to-metadata': redirect(`http://${METADATA_ADDRESS}/latest/meta-data/iam/security-credentials/`),
  '/to-metadata-name': redirect('http://metadata.google.internal/computeMetadata/v1/'),
  '/to-mapped': redirect('http://[::ffff:a9fe:a9fe]/latest/meta-data/'),
  '/to-loopback': redirect(internal.url('/admin')),
  '/to-this-host': redirect(internal.url('/admin').replace('127.0.0.1', '0.0.0.0')),
  '/v1/boards/hostile/jobs': redirect(`http://${METADATA_ADDRESS}/latest/meta-data/`),
  '/v1/boards/sneaky/jobs': json({
    jobs: [
      posting(1, 'Senior Backend Engineer', `http://${METADATA_ADDRESS}/latest/meta-data/`),
      posting(2, 'Staff Backend Engineer', internal.url('/admin')),
    ],
  }),
  '/v1/boards/healthy/jobs': reply(200, readFileSync(path.join(demoBoardsDir, 'greenhouse-acme.json')), {
    'content-type': 'application/json',
  }),
};
for (const [route, fault] of Object.entries(routes)) board.route(route, fault);

const http = createHttpClient({ retries: 0, timeoutMs: 5000 });
const client: WorldReport['client'] = {};
for (const route of Object.keys(routes).filter((r) => r.startsWith('/to-'))) {
  try {
    client[route] = { ok: true, text: (await http.request(board.url(route))).text };
  } catch (err) {
    client[route] =
      err instanceof HttpError
        ? { ok: false, kind: err.kind, message: err.message }
        : { ok: false, kind: 'other', message: String(err) };
  }
}

const config = {
  top_per_company: false,
  min_score: 1,
  profile: { titles: ['Backend Engineer'], skills: ['TypeScript'], locations: ['Remote', 'New York'] },
  companies: ['hostile', 'sneaky', 'healthy'].map((b) => ({
    name: `${b[0].toUpperCase()}${b.slice(1)} Inc`,
    source: 'greenhouse',
    board: b,
    base_url: board.origin,
  })),
};
const run = await runAction({
  files: { 'resume.md': demoResume, 'job-matcher.json': JSON.stringify(config) },
  inputs: { config: 'job-matcher.json', resume: 'resume.md', github_token: '', request_timeout_seconds: '5' },
});
const resultsPath = run.outputs.results;
const report: WorldReport = {
  client,
  metadataHits: metadata.requests.map((r) => r.path),
  internalHits: internal.requests.map((r) => r.path),
  action: {
    code: run.code,
    stdout: run.stdout,
    summary: run.summary,
    results: resultsPath ? JSON.parse(readFileSync(path.resolve(run.workspace, resultsPath), 'utf8')) : null,
  },
};
await Promise.all([metadata.close(), internal.close(), board.close()]);
console.log(JSON.stringify(report));
