import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/**
 * Serves recorded job-board responses on 127.0.0.1 for the offline demo, so the demo runs the real
 * HTTP path. `routes.json` in the folder maps "METHOD /path" (or "/path") to a file beside it.
 */
export async function startDemoServer(folder: string): Promise<{ url: string; close(): Promise<void> }> {
  const routes = JSON.parse(readFileSync(path.join(folder, 'routes.json'), 'utf8')) as Record<string, string>;
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const file = routes[`${req.method} ${pathname}`] ?? routes[pathname];
    req.resume();
    if (!file) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
      return;
    }
    const type = file.endsWith('.json')
      ? 'application/json'
      : file.endsWith('.xml')
        ? 'application/xml'
        : 'text/html';
    res
      .writeHead(200, { 'content-type': `${type}; charset=utf-8` })
      .end(readFileSync(path.join(folder, file)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
