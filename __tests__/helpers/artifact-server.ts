/**
 * A loopback stand-in for the two GitHub services an artifact round trip touches:
 *
 * - the Actions **results service** that `@actions/artifact` speaks inside a run: Twirp JSON RPCs
 *   (CreateArtifact, FinalizeArtifact, ListArtifacts, GetSignedArtifactURL, DeleteArtifact) and the
 *   Azure block-blob calls on the signed URL it hands out (Put Block, Put Block List, Put Blob, Get Blob);
 * - the **REST API** (GITHUB_API_URL) that cross-run lookups use: the repository, workflow runs, a run's
 *   artifacts and the artifact download redirect.
 *
 * Both are backed by one store of runs and artifacts, so an artifact uploaded in "run 1" can be found
 * and downloaded in "run 2" (`finishRun`), and earlier runs can be preloaded (`addRun`).
 */
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { unzip, zip } from './zip.ts';

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';
const BLOB_PREFIX = '/devstoreaccount1/actions-results/';
const DAY_MS = 24 * 60 * 60 * 1000;

export interface UploadedArtifact {
  id: number;
  name: string;
  /** The workflow run the artifact belongs to. */
  runId: number;
  /** Whole days between upload and the expiry the client asked for; undefined = repository default. */
  retentionDays?: number;
  zip: Buffer;
  files(): Record<string, Buffer>;
}

export interface PreloadedArtifact {
  name: string;
  /** Files of the artifact (path inside the zip -> content). */
  files: Record<string, string | Buffer>;
  /** An expired artifact is listed with `expired: true` and its download answers 410. */
  expired?: boolean;
}

export interface PreloadedRun {
  /** Workflow file path; default: the server's workflow. */
  workflowPath?: string;
  /** Default 'success'. */
  conclusion?: 'success' | 'failure' | 'cancelled';
  artifacts?: PreloadedArtifact[];
}

export interface ArtifactServerOptions {
  owner?: string;
  repo?: string;
  /** Path of the workflow file of the runs, default `.github/workflows/job-matcher.yml`. */
  workflowPath?: string;
  visibility?: 'public' | 'private' | 'internal';
}

export interface RecordedCall {
  method: string;
  path: string;
  status: number;
}

export interface ArtifactServer {
  /**
   * Environment for the SDK in "the current run": ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL,
   * GITHUB_API_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_WORKFLOW_REF. (No GITHUB_SERVER_URL: a
   * host other than github.com makes the SDK refuse to work.) GITHUB_RUN_ID is the first run's id.
   */
  env: Record<string, string>;
  /** Origin of both services, e.g. http://127.0.0.1:41234 */
  url: string;
  /** A token the REST side accepts (any non-empty Authorization is accepted). */
  token: string;
  owner: string;
  repo: string;
  /** Artifacts uploaded through the results service (finalized), oldest first. */
  artifacts(): UploadedArtifact[];
  /** The run that uploads belong to. */
  currentRunId(): number;
  /** Completes the current run with the conclusion and starts the next one; returns the new run id. */
  finishRun(conclusion?: 'success' | 'failure' | 'cancelled'): number;
  /** Adds a completed earlier run (ids are lower than every run so far) and returns its id. */
  addRun(run?: PreloadedRun): number;
  /** Answers a Twirp method (e.g. 'CreateArtifact') with this status and Twirp error body, `times` times. */
  failTwirp(method: string, status: number, msg?: string, times?: number): void;
  /** Answers every REST `/actions/` call with this status (403 = the token lacks `actions: read`); null lifts it. */
  denyActions(status?: number | null): void;
  setVisibility(visibility: 'public' | 'private' | 'internal'): void;
  /** Every request, in order: method, path with query, status answered. */
  calls: RecordedCall[];
  close(): Promise<void>;
}

interface Run {
  id: number;
  workflowPath: string;
  status: 'in_progress' | 'completed';
  conclusion: string | null;
  createdAt: string;
}

interface StoredArtifact {
  id: number;
  name: string;
  runId: number;
  createdAt: string;
  expiresAt?: string;
  retentionDays?: number;
  expired: boolean;
  zip: Buffer;
  /** Key of the blob under BLOB_PREFIX. */
  blobKey: string;
  digest?: string;
  uploaded: boolean;
}

interface PendingUpload {
  name: string;
  runId: number;
  expiresAt?: string;
  retentionDays?: number;
  blocks: Map<string, Buffer>;
  blob?: Buffer;
}

const WORKFLOW_ID = 4242;

function base64url(value: string): string {
  return Buffer.from(value, 'utf8').toString('base64url');
}

/** A runtime token shaped like the runner's: a JWT whose `scp` claim carries the backend ids. */
function runtimeToken(runBackendId: string, jobBackendId: string): string {
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));
  const payload = base64url(
    JSON.stringify({
      scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${runBackendId}:${jobBackendId}`,
      exp: Math.floor(Date.now() / 1000) + 3600,
    }),
  );
  return `${header}.${payload}.${base64url('unchecked-signature')}`;
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startArtifactServer(opts: ArtifactServerOptions = {}): Promise<ArtifactServer> {
  const owner = opts.owner ?? 'octo';
  const repo = opts.repo ?? 'job-search';
  const workflowPath = opts.workflowPath ?? '.github/workflows/job-matcher.yml';
  let visibility = opts.visibility ?? 'private';
  const runBackendId = 'c0ffee00-0000-4000-8000-000000000001';
  const jobBackendId = 'c0ffee00-0000-4000-8000-000000000002';
  const signature = randomBytes(12).toString('hex');
  const token = 'ghs_loopbacktoken';

  const runs: Run[] = [];
  const stored: StoredArtifact[] = [];
  const pending = new Map<string, PendingUpload>();
  const twirpFailures = new Map<string, { status: number; msg: string; times: number }>();
  const calls: RecordedCall[] = [];
  let actionsDenied: number | null = null;
  let nextArtifactId = 9001;
  let lowestRunId = 5000;
  let origin = '';

  const newRun = (id: number, path: string): Run => ({
    id,
    workflowPath: path,
    status: 'in_progress',
    conclusion: null,
    createdAt: new Date().toISOString(),
  });
  let current = newRun(lowestRunId, workflowPath);
  runs.push(current);

  const signedBlobUrl = (key: string) =>
    `${origin}${BLOB_PREFIX}${key}?sv=2024-01-01&se=2099-01-01&sig=${signature}`;

  function store(a: Omit<StoredArtifact, 'id' | 'createdAt'>): StoredArtifact {
    const artifact: StoredArtifact = { ...a, id: nextArtifactId++, createdAt: new Date().toISOString() };
    stored.push(artifact);
    return artifact;
  }

  function send(
    res: http.ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) {
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(text);
  }

  function twirpError(res: http.ServerResponse, status: number, code: string, msg: string) {
    send(res, status, { code, msg });
  }

  function monolith(a: StoredArtifact) {
    return {
      workflow_run_backend_id: runBackendId,
      workflow_job_run_backend_id: jobBackendId,
      database_id: String(a.id),
      name: a.name,
      size: String(a.zip.length),
      created_at: a.createdAt,
      ...(a.digest ? { digest: a.digest } : {}),
    };
  }

  function handleTwirp(method: string, body: Buffer, res: http.ServerResponse) {
    const failure = twirpFailures.get(method);
    if (failure && failure.times > 0) {
      failure.times--;
      return twirpError(res, failure.status, 'internal', failure.msg);
    }
    let req: Record<string, unknown>;
    try {
      req = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    } catch {
      return twirpError(res, 400, 'malformed', 'request body is not JSON');
    }
    if (req.workflow_run_backend_id !== runBackendId || req.workflow_job_run_backend_id !== jobBackendId) {
      return twirpError(res, 400, 'invalid_argument', 'backend ids do not match the runtime token');
    }
    const name = typeof req.name === 'string' ? req.name : '';
    const inRun = stored.filter((a) => a.runId === current.id && a.uploaded);
    switch (method) {
      case 'CreateArtifact': {
        if (!name) return twirpError(res, 400, 'invalid_argument', 'name is required');
        if (req.version !== 7) return twirpError(res, 400, 'invalid_argument', 'unsupported version');
        if (inRun.some((a) => a.name === name)) {
          return twirpError(
            res,
            409,
            'already_exists',
            `an artifact with this name already exists on the workflow run`,
          );
        }
        let retentionDays: number | undefined;
        const expiresAt = typeof req.expires_at === 'string' ? req.expires_at : undefined;
        if (expiresAt) retentionDays = Math.round((Date.parse(expiresAt) - Date.now()) / DAY_MS);
        const key = `${current.id}/${randomBytes(6).toString('hex')}.zip`;
        pending.set(key, { name, runId: current.id, expiresAt, retentionDays, blocks: new Map() });
        return send(res, 200, { ok: true, signed_upload_url: signedBlobUrl(key) });
      }
      case 'FinalizeArtifact': {
        const entry = [...pending.entries()].find(([, p]) => p.name === name && p.runId === current.id);
        if (!entry) return twirpError(res, 404, 'not_found', 'no artifact upload in progress with this name');
        const [key, upload] = entry;
        if (!upload.blob) return twirpError(res, 400, 'failed_precondition', 'the blob was not committed');
        if (String(upload.blob.length) !== String(req.size)) {
          return twirpError(
            res,
            400,
            'invalid_argument',
            `size ${String(req.size)} != uploaded ${upload.blob.length}`,
          );
        }
        const digest = `sha256:${createHash('sha256').update(upload.blob).digest('hex')}`;
        if (typeof req.hash === 'string' && req.hash !== digest) {
          return twirpError(res, 400, 'invalid_argument', 'hash does not match the uploaded content');
        }
        pending.delete(key);
        const artifact = store({
          name,
          runId: upload.runId,
          expiresAt: upload.expiresAt,
          retentionDays: upload.retentionDays,
          expired: false,
          zip: upload.blob,
          blobKey: key,
          digest,
          uploaded: true,
        });
        return send(res, 200, { ok: true, artifact_id: String(artifact.id) });
      }
      case 'ListArtifacts': {
        let list = inRun;
        if (typeof req.name_filter === 'string') list = list.filter((a) => a.name === req.name_filter);
        if (typeof req.id_filter === 'string') list = list.filter((a) => String(a.id) === req.id_filter);
        return send(res, 200, { artifacts: list.map(monolith) });
      }
      case 'GetSignedArtifactURL': {
        const artifact = inRun.find((a) => a.name === name);
        if (!artifact) return twirpError(res, 404, 'not_found', 'artifact not found');
        return send(res, 200, { signed_url: signedBlobUrl(artifact.blobKey) });
      }
      case 'DeleteArtifact': {
        const artifact = inRun.find((a) => a.name === name);
        if (!artifact) return twirpError(res, 404, 'not_found', 'artifact not found');
        stored.splice(stored.indexOf(artifact), 1);
        return send(res, 200, { ok: true, artifact_id: String(artifact.id) });
      }
      default:
        return twirpError(res, 404, 'bad_route', `no such method: ${method}`);
    }
  }

  function blobError(res: http.ServerResponse, status: number, code: string) {
    res.writeHead(status, { 'content-type': 'application/xml', 'x-ms-error-code': code });
    res.end(
      `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`,
    );
  }

  function handleBlob(method: string, url: URL, body: Buffer, res: http.ServerResponse) {
    if (url.searchParams.get('sig') !== signature) return blobError(res, 403, 'AuthenticationFailed');
    const key = decodeURIComponent(url.pathname.slice(BLOB_PREFIX.length));
    const created = { 'x-ms-request-id': randomBytes(8).toString('hex'), 'x-ms-version': '2024-01-01' };
    if (method === 'GET') {
      const artifact = stored.find((a) => a.blobKey === key);
      if (!artifact) return blobError(res, 404, 'BlobNotFound');
      res.writeHead(200, {
        'content-type': 'application/zip',
        'content-length': String(artifact.zip.length),
        'content-disposition': `attachment; filename="${artifact.name}.zip"`,
      });
      return res.end(artifact.zip);
    }
    if (method !== 'PUT') return blobError(res, 405, 'UnsupportedHttpVerb');
    const upload = pending.get(key);
    if (!upload) return blobError(res, 404, 'ContainerNotFound');
    const comp = url.searchParams.get('comp');
    if (comp === 'block') {
      const blockId = url.searchParams.get('blockid');
      if (!blockId) return blobError(res, 400, 'InvalidQueryParameterValue');
      upload.blocks.set(blockId, body);
    } else if (comp === 'blocklist') {
      const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map(
        (m) => m[1],
      );
      const parts: Buffer[] = [];
      for (const id of ids) {
        const block = upload.blocks.get(id);
        if (!block) return blobError(res, 400, 'InvalidBlockList');
        parts.push(block);
      }
      upload.blob = Buffer.concat(parts);
      upload.blocks.clear();
    } else if (comp === null) {
      upload.blob = body;
    } else {
      return blobError(res, 400, 'InvalidQueryParameterValue');
    }
    res.writeHead(201, created);
    res.end();
  }

  function runJson(run: Run) {
    return {
      id: run.id,
      name: 'job-matcher',
      path: run.workflowPath,
      workflow_id: WORKFLOW_ID,
      run_number: run.id - 4000,
      event: 'schedule',
      status: run.status,
      conclusion: run.conclusion,
      created_at: run.createdAt,
      updated_at: run.createdAt,
      head_branch: 'main',
    };
  }

  function artifactJson(a: StoredArtifact) {
    return {
      id: a.id,
      node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
      name: a.name,
      size_in_bytes: a.zip.length,
      url: `${origin}/repos/${owner}/${repo}/actions/artifacts/${a.id}`,
      archive_download_url: `${origin}/repos/${owner}/${repo}/actions/artifacts/${a.id}/zip`,
      expired: a.expired,
      created_at: a.createdAt,
      updated_at: a.createdAt,
      expires_at: a.expiresAt ?? new Date(Date.parse(a.createdAt) + 90 * DAY_MS).toISOString(),
      digest: a.digest ?? null,
      workflow_run: { id: a.runId, head_branch: 'main' },
    };
  }

  function page<T>(items: T[], url: URL): T[] {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30) || 30, 100);
    const pageNo = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1);
    return items.slice((pageNo - 1) * perPage, pageNo * perPage);
  }

  function handleRest(method: string, url: URL, headers: http.IncomingHttpHeaders, res: http.ServerResponse) {
    if (!headers.authorization) return send(res, 401, { message: 'Requires authentication' });
    const prefix = `/repos/${owner}/${repo}`;
    if (!url.pathname.startsWith(prefix)) return send(res, 404, { message: 'Not Found' });
    const rest = url.pathname.slice(prefix.length);
    if (method !== 'GET') return send(res, 404, { message: 'Not Found' });
    if (rest === '' || rest === '/') {
      return send(res, 200, {
        id: 1,
        name: repo,
        full_name: `${owner}/${repo}`,
        private: visibility !== 'public',
        visibility,
      });
    }
    if (rest.startsWith('/actions/') && actionsDenied !== null) {
      return send(res, actionsDenied, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/actions/artifacts',
        status: String(actionsDenied),
      });
    }
    let m: RegExpMatchArray | null;
    if ((m = rest.match(/^\/actions\/runs\/(\d+)$/))) {
      const run = runs.find((r) => r.id === Number(m![1]));
      return run ? send(res, 200, runJson(run)) : send(res, 404, { message: 'Not Found' });
    }
    if ((m = rest.match(/^\/actions\/workflows\/([^/]+)\/runs$/))) {
      const wf = decodeURIComponent(m[1]);
      const status = url.searchParams.get('status');
      const list = runs
        .filter((r) => String(WORKFLOW_ID) === wf || r.workflowPath.split('/').pop() === wf)
        .filter((r) => !status || r.status === status || r.conclusion === status)
        .sort((a, b) => b.id - a.id);
      return send(res, 200, { total_count: list.length, workflow_runs: page(list, url).map(runJson) });
    }
    if ((m = rest.match(/^\/actions\/runs\/(\d+)\/artifacts$/))) {
      const runId = Number(m[1]);
      if (!runs.some((r) => r.id === runId)) return send(res, 404, { message: 'Not Found' });
      const name = url.searchParams.get('name');
      const list = stored.filter((a) => a.runId === runId && (!name || a.name === name));
      return send(res, 200, { total_count: list.length, artifacts: page(list, url).map(artifactJson) });
    }
    if ((m = rest.match(/^\/actions\/artifacts\/(\d+)\/zip$/))) {
      const artifact = stored.find((a) => a.id === Number(m![1]));
      if (!artifact) return send(res, 404, { message: 'Not Found' });
      if (artifact.expired) return send(res, 410, { message: 'Artifact has expired' });
      return send(res, 302, undefined, { location: signedBlobUrl(artifact.blobKey) });
    }
    return send(res, 404, { message: 'Not Found' });
  }

  const server = http.createServer((req, res) => {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    res.on('finish', () => calls.push({ method, path: url.pathname + url.search, status: res.statusCode }));
    readBody(req).then(
      (body) => {
        if (url.pathname.startsWith(TWIRP_PREFIX)) {
          if (method !== 'POST') return twirpError(res, 404, 'bad_route', 'Twirp requires POST');
          return handleTwirp(url.pathname.slice(TWIRP_PREFIX.length), body, res);
        }
        if (url.pathname.startsWith(BLOB_PREFIX)) return handleBlob(method, url, body, res);
        return handleRest(method, url, req.headers, res);
      },
      () => res.destroy(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    env: {
      ACTIONS_RUNTIME_TOKEN: runtimeToken(runBackendId, jobBackendId),
      ACTIONS_RESULTS_URL: `${origin}/`,
      GITHUB_API_URL: origin,
      GITHUB_REPOSITORY: `${owner}/${repo}`,
      GITHUB_RUN_ID: String(current.id),
      GITHUB_WORKFLOW_REF: `${owner}/${repo}/${workflowPath}@refs/heads/main`,
    },
    url: origin,
    token,
    owner,
    repo,
    artifacts: () =>
      stored
        .filter((a) => a.uploaded)
        .map((a) => ({
          id: a.id,
          name: a.name,
          runId: a.runId,
          retentionDays: a.retentionDays,
          zip: a.zip,
          files: () => unzip(a.zip),
        })),
    currentRunId: () => current.id,
    finishRun: (conclusion = 'success') => {
      current.status = 'completed';
      current.conclusion = conclusion;
      current = newRun(Math.max(...runs.map((r) => r.id)) + 1, workflowPath);
      runs.push(current);
      return current.id;
    },
    addRun: (run = {}) => {
      const earlier: Run = {
        ...newRun(--lowestRunId, run.workflowPath ?? workflowPath),
        status: 'completed',
        conclusion: run.conclusion ?? 'success',
      };
      runs.push(earlier);
      for (const a of run.artifacts ?? []) {
        store({
          name: a.name,
          runId: earlier.id,
          expired: a.expired ?? false,
          zip: zip(a.files),
          blobKey: `${earlier.id}/${randomBytes(6).toString('hex')}.zip`,
          uploaded: false,
        });
      }
      return earlier.id;
    },
    failTwirp: (method, status, msg = 'internal error', times = Infinity) => {
      twirpFailures.set(method, { status, msg, times });
    },
    denyActions: (status = 403) => {
      actionsDenied = status;
    },
    setVisibility: (v) => {
      visibility = v;
    },
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
