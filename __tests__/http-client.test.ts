import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  configureProxyFromEnv,
  createHttpClient,
  DEFAULT_HTTP_OPTIONS,
  USER_AGENT,
} from '../src/http/client.ts';
import { json, reply, startFaultServer, type FaultServer, rejection } from './helpers/fault-server.ts';

const fast = { backoffBaseMs: 5, backoffMaxMs: 20, random: () => 0.5, timeoutMs: 2000 };

let server: FaultServer;
before(async () => {
  server = await startFaultServer();
});
after(() => server.close());

describe('requests', () => {
  test('returns status, final URL, headers and text; sends a descriptive User-Agent and merged headers', async () => {
    server.route('/hello', reply(200, 'hi there', { 'content-type': 'text/plain', 'x-board': 'acme' }));
    const http = createHttpClient(fast);
    const res = await http.request(server.url('/hello'), { headers: { 'X-Api-Key': 'k1' } });
    assert.equal(res.status, 200);
    assert.equal(res.text, 'hi there');
    assert.equal(res.url, server.url('/hello'));
    assert.equal(res.headers.get('x-board'), 'acme');
    const sent = server.requests.findLast((r) => r.path === '/hello')!;
    assert.match(
      sent.headers['user-agent']!,
      /^job-matcher\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/marketplace\/actions\/job-matcher\)$/,
    );
    assert.equal(sent.headers['user-agent'], USER_AGENT);
    assert.equal(sent.headers['x-api-key'], 'k1');
  });

  test('the User-Agent can be overridden per client and per request', async () => {
    server.route('/ua', reply(200, 'ok'));
    await createHttpClient({ ...fast, userAgent: 'custom/1' }).request(server.url('/ua'));
    assert.equal(server.requests.findLast((r) => r.path === '/ua')!.headers['user-agent'], 'custom/1');
    await createHttpClient(fast).request(server.url('/ua'), { headers: { 'User-Agent': 'per-call/2' } });
    assert.equal(server.requests.findLast((r) => r.path === '/ua')!.headers['user-agent'], 'per-call/2');
  });

  test('POST sends the body', async () => {
    let received = '';
    server.route('/post', (_hit, req) => {
      req.on('data', (c: Buffer) => (received += c.toString()));
      return json({ ok: true });
    });
    const out = await createHttpClient(fast).json<{ ok: boolean }>(server.url('/post'), {
      method: 'POST',
      body: '{"q":1}',
      headers: { 'content-type': 'application/json' },
    });
    assert.deepEqual(out, { ok: true });
    await new Promise((r) => setTimeout(r, 20));
    assert.equal(received, '{"q":1}');
  });

  test('a 404 fails at once with kind status, the status and a one-line message', async () => {
    server.route('/missing', reply(404, 'nope'));
    const err = await rejection(createHttpClient(fast).request(server.url('/missing')));
    assert.equal(err.kind, 'status');
    assert.equal(err.status, 404);
    assert.equal(err.message, `GET ${server.url('/missing')} -> 404`);
    assert.equal(server.hits('/missing'), 1, 'a 404 is not retried');
  });

  test('an invalid or non-http URL is a clear error, not a crash', async () => {
    const client = createHttpClient(fast);
    assert.match(
      (await rejection(client.request('not a url'))).message,
      /invalid URL "not a url": must be an absolute http\(s\) URL/,
    );
    assert.match(
      (await rejection(client.request('file:///etc/passwd'))).message,
      /only http and https are allowed/,
    );
  });

  test('credentials in a URL never appear in error messages', async () => {
    server.route('/private', reply(403, ''));
    const url = server.url('/private').replace('http://', 'http://user:s3cret@');
    const err = await rejection(createHttpClient(fast).request(url));
    assert.doesNotMatch(err.message, /s3cret/);
    assert.doesNotMatch(err.url, /s3cret/);
  });

  test('a URL with credentials fails at once with a clear message, not as retried network errors', async () => {
    const retries: string[] = [];
    const client = createHttpClient({ ...fast, onRetry: (e) => retries.push(e.reason) });
    const url = server.url('/private').replace('http://', 'http://user:s3cret@');
    const err = await rejection(client.request(url));
    assert.match(err.message, /user name and password in the URL are not supported/);
    assert.doesNotMatch(err.message, /s3cret/);
    assert.deepEqual(retries, []);

    server.route('/to-creds', { kind: 'redirect', location: url });
    const redirected = await rejection(client.request(server.url('/to-creds')));
    assert.equal(redirected.kind, 'redirects');
    assert.match(redirected.message, /to a URL with credentials/);
    assert.doesNotMatch(redirected.message, /s3cret/);
    assert.deepEqual(retries, []);
  });

  test('bad client options are rejected with a one-line error naming the option', () => {
    assert.throws(
      () => createHttpClient({ retries: -1 }),
      /http option retries must be an integer >= 0, got -1/,
    );
    assert.throws(
      () => createHttpClient({ hostLimits: { 'a.example': 0 } }),
      /hostLimits\["a.example"\] must be an integer >= 1/,
    );
    assert.equal(DEFAULT_HTTP_OPTIONS.timeoutMs, 30_000);
    assert.equal(DEFAULT_HTTP_OPTIONS.hostLimits['apply.workable.com'], 1);
  });
});

describe('json', () => {
  test('parses JSON and asks for it', async () => {
    server.route('/api', json({ jobs: [{ id: 1 }] }));
    const data = await createHttpClient(fast).json<{ jobs: { id: number }[] }>(server.url('/api'));
    assert.deepEqual(data, { jobs: [{ id: 1 }] });
    assert.equal(server.requests.findLast((r) => r.path === '/api')!.headers.accept, 'application/json');
  });

  test('invalid JSON is kind parse and the message does not echo the body', async () => {
    server.route(
      '/html-not-json',
      reply(200, '<!DOCTYPE html><p>secret-token-123</p>', { 'content-type': 'text/html' }),
    );
    const err = await rejection(createHttpClient(fast).json(server.url('/html-not-json')));
    assert.equal(err.kind, 'parse');
    assert.doesNotMatch(err.message, /secret-token|DOCTYPE/);
    assert.match(err.message, /-> response is not valid JSON \(text\/html, \d+ chars\)$/);
  });
});

describe('redirects', () => {
  test('follows a chain with a relative Location and reports the final URL', async () => {
    server.route('/r1', { kind: 'redirect', status: 301, location: '/r2' });
    server.route('/r2', { kind: 'redirect', status: 307, location: 'r3?x=1' });
    server.route('/r3', reply(200, 'landed'));
    const res = await createHttpClient(fast).request(server.url('/r1'));
    assert.equal(res.text, 'landed');
    assert.equal(res.url, server.url('/r3?x=1'));
  });

  test('a redirect loop fails with kind redirects after maxRedirects', async () => {
    server.route('/loop-a', { kind: 'redirect', location: '/loop-b' });
    server.route('/loop-b', { kind: 'redirect', location: '/loop-a' });
    const before = server.hits('/loop-a') + server.hits('/loop-b');
    const err = await rejection(
      createHttpClient({ ...fast, maxRedirects: 3 }).request(server.url('/loop-a')),
    );
    assert.equal(err.kind, 'redirects');
    assert.match(err.message, /more than 3 redirects/);
    assert.equal(
      server.hits('/loop-a') + server.hits('/loop-b') - before,
      4,
      'the original request plus 3 redirects',
    );
  });

  test('303 after POST becomes GET; Authorization is dropped on a cross-origin hop', async () => {
    const other = await startFaultServer({ '/elsewhere': reply(200, 'other') });
    try {
      server.route('/submit', { kind: 'redirect', status: 303, location: other.url('/elsewhere') });
      const res = await createHttpClient(fast).request(server.url('/submit'), {
        method: 'POST',
        body: 'x=1',
        headers: { authorization: 'Bearer abc', 'x-keep': 'yes' },
      });
      assert.equal(res.text, 'other');
      const hop = other.requests[0];
      assert.equal(hop.method, 'GET');
      assert.equal(hop.headers.authorization, undefined);
      assert.equal(hop.headers['x-keep'], 'yes');
    } finally {
      await other.close();
    }
  });

  test('a redirect to a non-http scheme is refused', async () => {
    server.route('/to-file', { kind: 'redirect', location: 'file:///etc/passwd' });
    const err = await rejection(createHttpClient(fast).request(server.url('/to-file')));
    assert.equal(err.kind, 'redirects');
    assert.match(err.message, /unsupported scheme file:/);
  });
});

describe('charset decoding', () => {
  // "Café – “quoted”" in windows-1252
  const cp1252 = Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x93, 0x71, 0x94]);
  const expected = 'Café – “q”';

  test('uses the charset from Content-Type', async () => {
    server.route('/cp1252', reply(200, cp1252, { 'content-type': 'text/plain; charset=windows-1252' }));
    assert.equal((await createHttpClient(fast).request(server.url('/cp1252'))).text, expected);
  });

  test('falls back to <meta charset> and <meta http-equiv> in HTML without a header charset', async () => {
    const head = new TextEncoder().encode('<html><head><meta charset="windows-1252"></head><body>');
    server.route('/meta', reply(200, Buffer.concat([head, cp1252]), { 'content-type': 'text/html' }));
    assert.match((await createHttpClient(fast).request(server.url('/meta'))).text, /<body>Café – “q”$/);

    // 日本 in Shift_JIS, with no Content-Type at all
    const sjisHead = new TextEncoder().encode(
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head>',
    );
    server.route('/sjis', reply(200, Buffer.concat([sjisHead, Uint8Array.from([0x93, 0xfa, 0x96, 0x7b])])));
    assert.match((await createHttpClient(fast).request(server.url('/sjis'))).text, /<\/head>日本$/);
  });

  test('defaults to UTF-8, and an unknown charset label falls back to UTF-8', async () => {
    server.route('/utf8', reply(200, 'Zürich – 東京', { 'content-type': 'text/html' }));
    server.route('/bogus', reply(200, 'Zürich', { 'content-type': 'text/plain; charset=x-no-such-charset' }));
    const client = createHttpClient(fast);
    assert.equal((await client.request(server.url('/utf8'))).text, 'Zürich – 東京');
    assert.equal((await client.request(server.url('/bogus'))).text, 'Zürich');
  });

  test('JSON bodies are not scanned for <meta charset> inside their strings', async () => {
    const body = JSON.stringify({ html: '<meta charset="windows-1252">', city: 'Zürich' });
    server.route('/json-meta', reply(200, body, { 'content-type': 'application/json' }));
    const data = await createHttpClient(fast).json<{ city: string }>(server.url('/json-meta'));
    assert.equal(data.city, 'Zürich');
  });
});

describe('per-host limits', () => {
  test('at most perHostConcurrency requests are in flight per host; other hosts are not held up', async () => {
    const slow = await startFaultServer({ '/slow': { kind: 'reply', status: 200, body: 'ok', delayMs: 40 } });
    const quick = await startFaultServer({ '/quick': reply(200, 'ok') });
    try {
      const client = createHttpClient({ ...fast, perHostConcurrency: 2 });
      const slowCalls = Array.from({ length: 8 }, () => client.request(slow.url('/slow')));
      const quickStarted = Date.now();
      await client.request(quick.url('/quick'));
      const quickMs = Date.now() - quickStarted;
      await Promise.all(slowCalls);
      assert.equal(slow.maxInFlight(), 2);
      assert.ok(quickMs < 100, `a request to another host waited ${quickMs} ms`);
    } finally {
      await Promise.all([slow.close(), quick.close()]);
    }
  });

  test('hostLimits overrides the limit for one host', async () => {
    const one = await startFaultServer({ '/x': { kind: 'reply', status: 200, body: 'ok', delayMs: 20 } });
    try {
      const host = new URL(one.origin).host;
      const client = createHttpClient({ ...fast, perHostConcurrency: 6, hostLimits: { [host]: 1 } });
      await Promise.all(Array.from({ length: 5 }, () => client.request(one.url('/x'))));
      assert.equal(one.maxInFlight(), 1);
    } finally {
      await one.close();
    }
  });

  test('hostDelayMs spaces request starts to that host', async () => {
    const spaced = await startFaultServer({ '/s': reply(200, 'ok') });
    try {
      const client = createHttpClient({ ...fast, hostDelayMs: { '127.0.0.1': 40 } });
      const started = Date.now();
      await Promise.all(Array.from({ length: 4 }, () => client.request(spaced.url('/s'))));
      const elapsed = Date.now() - started;
      assert.ok(elapsed >= 115, `4 requests 40 ms apart took only ${elapsed} ms`);
    } finally {
      await spaced.close();
    }
  });
});

describe('stream', () => {
  test('yields the body in chunks and frees the host slot when the consumer stops early', async () => {
    server.route('/feed', { kind: 'huge', bytes: 2 * 1024 * 1024 });
    server.route('/after', reply(200, 'next'));
    const client = createHttpClient({ ...fast, hostLimits: { '127.0.0.1': 1 } });
    let total = 0;
    for await (const chunk of await client.stream(server.url('/feed'))) {
      total += chunk.byteLength;
    }
    assert.equal(total, 2 * 1024 * 1024);

    for await (const chunk of await client.stream(server.url('/feed'))) {
      assert.ok(chunk.byteLength > 0);
      break;
    }
    // With one slot for the host, this would wait for the deadline if break had not released it.
    const res = await client.request(server.url('/after'), { signal: AbortSignal.timeout(1000) });
    assert.equal(res.text, 'next');
  });
});

describe('proxy', () => {
  test('configureProxyFromEnv returns null without proxy variables and rejects a malformed one without echoing it', () => {
    assert.equal(configureProxyFromEnv({}), null);
    assert.throws(
      () => configureProxyFromEnv({ HTTPS_PROXY: 'user:pa55word@nohost' }),
      (err: Error) =>
        /^HTTPS_PROXY is not a valid proxy URL/.test(err.message) && !err.message.includes('pa55word'),
    );
  });

  test('after configureProxyFromEnv, requests go through HTTP_PROXY (checked in a child process)', async () => {
    const target = await startFaultServer({ '/via-proxy': reply(200, 'through the proxy') });
    const tunnels: string[] = [];
    // A forward proxy that only tunnels (Node's env proxy uses CONNECT even for http:// targets).
    const proxy = http.createServer((_req, res) => res.writeHead(405).end());
    proxy.on('connect', (req: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
      tunnels.push(req.url ?? '');
      const [host, port] = (req.url ?? '').split(':');
      const upstream = net.connect(Number(port), host, () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(socket).pipe(upstream);
      });
      upstream.on('error', () => socket.destroy());
      socket.on('error', () => upstream.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const proxyPort = (proxy.address() as AddressInfo).port;
    try {
      const clientModule = fileURLToPath(new URL('../src/http/client.ts', import.meta.url));
      const script = `
        import { configureProxyFromEnv, createHttpClient } from ${JSON.stringify(clientModule)};
        const used = configureProxyFromEnv(process.env);
        const res = await createHttpClient({ retries: 0, timeoutMs: 3000 }).request(${JSON.stringify(target.url('/via-proxy'))});
        console.log(JSON.stringify({ used, text: res.text }));`;
      const env = { PATH: process.env.PATH, HTTP_PROXY: `http://user:pw@127.0.0.1:${proxyPort}` };
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], { env });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      assert.equal(code, 0, stderr);
      const out = JSON.parse(stdout.trim().split('\n').pop()!) as { used: string; text: string };
      assert.equal(out.text, 'through the proxy');
      assert.equal(out.used, `http://127.0.0.1:${proxyPort}`, 'reported without credentials');
      assert.deepEqual(tunnels, [new URL(target.origin).host]);
    } finally {
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
      await target.close();
    }
  });
});
