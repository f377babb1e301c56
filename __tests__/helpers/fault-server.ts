/**
 * A loopback HTTP server that misbehaves on purpose, configured per path: status sequences,
 * Retry-After, delays, hangs, resets, truncated and endless bodies, charsets, redirect chains.
 * It counts hits per path so tests can assert how often the client really asked.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpError } from '../../src/http/types.ts';

export type Fault =
  /** A normal reply (after delayMs). */
  | {
      kind: 'reply';
      status?: number;
      headers?: Record<string, string>;
      body?: string | Uint8Array;
      delayMs?: number;
    }
  /** Accept the request and never answer. */
  | { kind: 'hang' }
  /** Close the connection without a response. */
  | { kind: 'reset' }
  /** Declare declaredBytes, send body, then destroy the connection. */
  | { kind: 'truncate'; declaredBytes: number; body: string }
  /** Stream `bytes` of generated data with backpressure (never allocated whole); Content-Length only if asked. */
  | { kind: 'huge'; bytes: number; declareLength?: boolean }
  /** Send headers and a first chunk, then stall forever. */
  | { kind: 'stall'; firstChunk: string }
  | { kind: 'redirect'; status?: number; location: string };

/** One fault for every hit, a sequence (the last one repeats), or a function of the hit number (1-based). */
export type Route = Fault | Fault[] | ((hit: number, req: http.IncomingMessage) => Fault);

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
}

export interface FaultServer {
  origin: string;
  url(path: string): string;
  hits(path: string): number;
  requests: RecordedRequest[];
  /** Adds or replaces a route. */
  route(path: string, route: Route): void;
  /** Highest number of requests that were in flight at the same time. */
  maxInFlight(): number;
  close(): Promise<void>;
}

export const reply = (
  status: number,
  body: string | Uint8Array = '',
  headers: Record<string, string> = {},
): Fault => ({ kind: 'reply', status, body, headers });

export const json = (value: unknown, status = 200): Fault =>
  reply(status, JSON.stringify(value), { 'content-type': 'application/json' });

/**
 * `listen.host` other than loopback only inside a network namespace the test created (see netns.ts),
 * where it is an address the test added to `lo`.
 */
export async function startFaultServer(
  routes: Record<string, Route> = {},
  listen: { host?: string; port?: number } = {},
): Promise<FaultServer> {
  const table = new Map(Object.entries(routes));
  const hitCounts = new Map<string, number>();
  const requests: RecordedRequest[] = [];
  let inFlight = 0;
  let maxInFlight = 0;

  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const hit = (hitCounts.get(path) ?? 0) + 1;
    hitCounts.set(path, hit);
    requests.push({ method: req.method ?? 'GET', path, headers: req.headers });
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.once('close', () => {
      inFlight -= 1;
    });
    const route = table.get(path);
    const fault: Fault = !route
      ? reply(404, 'not found')
      : typeof route === 'function'
        ? route(hit, req)
        : Array.isArray(route)
          ? route[Math.min(hit, route.length) - 1]
          : route;
    void serve(fault, req, res);
  });
  const host = listen.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(listen.port ?? 0, host, resolve));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}${port === 80 ? '' : `:${port}`}`;

  return {
    origin,
    url: (path) => `${origin}${path}`,
    hits: (path) => hitCounts.get(path) ?? 0,
    requests,
    route: (path, route) => void table.set(path, route),
    maxInFlight: () => maxInFlight,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function serve(fault: Fault, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  req.resume();
  switch (fault.kind) {
    case 'reply': {
      if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      if (res.destroyed) return;
      res.writeHead(fault.status ?? 200, fault.headers ?? {});
      res.end(fault.body ?? '');
      return;
    }
    case 'hang':
      return;
    case 'reset':
      req.socket.destroy();
      return;
    case 'truncate':
      res.writeHead(200, { 'content-length': String(fault.declaredBytes), 'content-type': 'text/plain' });
      res.write(fault.body, () => setTimeout(() => req.socket.destroy(), 10));
      return;
    case 'stall':
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write(fault.firstChunk);
      return;
    case 'redirect':
      res.writeHead(fault.status ?? 302, { location: fault.location });
      res.end();
      return;
    case 'huge':
      return streamGenerated(res, fault.bytes, fault.declareLength ?? false);
  }
}

/** Writes `total` bytes from one reused 64 KiB block, waiting for drain, stopping when the client goes. */
async function streamGenerated(
  res: http.ServerResponse,
  total: number,
  declareLength: boolean,
): Promise<void> {
  const block = Buffer.alloc(64 * 1024, 'x');
  res.writeHead(200, {
    'content-type': 'application/octet-stream',
    ...(declareLength ? { 'content-length': String(total) } : {}),
  });
  let sent = 0;
  while (sent < total && !res.destroyed) {
    const size = Math.min(block.length, total - sent);
    sent += size;
    if (!res.write(size === block.length ? block : block.subarray(0, size))) {
      await new Promise<void>((resolve) => {
        const done = () => {
          res.off('drain', done);
          res.off('close', done);
          resolve();
        };
        res.once('drain', done);
        res.once('close', done);
      });
    }
  }
  if (!res.destroyed) res.end();
}

/** The HttpError a call fails with (the test fails if it succeeds or throws something else). */
export async function rejection(promise: Promise<unknown>): Promise<HttpError> {
  try {
    await promise;
  } catch (err) {
    assert.ok(err instanceof HttpError, `expected HttpError, got ${String(err)}`);
    return err;
  }
  assert.fail('expected the call to fail');
}
