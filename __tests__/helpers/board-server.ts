import { readFileSync } from 'node:fs';
import { startLoopback, type Loopback, type RecordedRequest } from './loopback.ts';

/** What a route answers. `json` is serialised; `body` is sent as is. */
export interface RouteReply {
  status?: number;
  json?: unknown;
  body?: string | Buffer;
  headers?: Record<string, string>;
  delayMs?: number;
}

export type Route = RouteReply | ((req: RecordedRequest, url: URL) => RouteReply | Promise<RouteReply>);

/**
 * A job-board server on loopback. Routes are keyed by "METHOD /path" or "/path" (any method),
 * matched on the path without the query string; the function form sees the full URL.
 */
export async function startBoardServer(routes: Record<string, Route>): Promise<Loopback> {
  return startLoopback(async (req, res) => {
    const url = new URL(req.path, 'http://127.0.0.1');
    const route = routes[`${req.method} ${url.pathname}`] ?? routes[url.pathname];
    const reply: RouteReply = !route
      ? { status: 404, json: { error: 'not found' } }
      : typeof route === 'function'
        ? await route(req, url)
        : route;
    if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
    const isJson = reply.json !== undefined;
    const body = isJson ? JSON.stringify(reply.json) : (reply.body ?? '');
    res.writeHead(reply.status ?? 200, {
      'content-type': isJson ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8',
      ...reply.headers,
    });
    res.end(body);
  });
}

/** Reads a fixture from __tests__/fixtures. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
}

export function fixtureJson<T = unknown>(name: string): T {
  return JSON.parse(fixture(name)) as T;
}
