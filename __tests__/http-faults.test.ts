import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createHttpClient, type RetryEvent } from '../src/http/client.ts';
import type { HttpError } from '../src/http/types.ts';
import { reply, startFaultServer, type FaultServer, rejection } from './helpers/fault-server.ts';

const fast = { backoffBaseMs: 5, backoffMaxMs: 20, random: () => 0.5, timeoutMs: 2000 };
const MiB = 1024 * 1024;

let server: FaultServer;
before(async () => {
  server = await startFaultServer();
});
after(() => server.close());

describe('retries', () => {
  test('503, 503, 200 succeeds on the third attempt and reports each retry', async () => {
    server.route('/flaky', [reply(503), reply(503), reply(200, 'ok')]);
    const events: RetryEvent[] = [];
    const debug: string[] = [];
    const client = createHttpClient({
      ...fast,
      onRetry: (e) => events.push(e),
      logger: { debug: (m) => debug.push(m) },
    });
    assert.equal((await client.request(server.url('/flaky'))).text, 'ok');
    assert.equal(server.hits('/flaky'), 3);
    assert.deepEqual(
      events.map((e) => [e.attempt, e.reason]),
      [
        [1, '503'],
        [2, '503'],
      ],
    );
    assert.match(debug[0], /^retrying GET http:\/\/127\.0\.0\.1:\d+\/flaky after 0\.0s \(503\)$/);
  });

  test('each of 408, 429, 500, 502, 504 and a connection reset is retried', async () => {
    const client = createHttpClient(fast);
    for (const status of [408, 429, 500, 502, 504]) {
      server.route(`/once-${status}`, [reply(status), reply(200, 'ok')]);
      assert.equal((await client.request(server.url(`/once-${status}`))).text, 'ok', `after ${status}`);
      assert.equal(server.hits(`/once-${status}`), 2);
    }
    server.route('/once-reset', [{ kind: 'reset' }, reply(200, 'ok')]);
    assert.equal((await client.request(server.url('/once-reset'))).text, 'ok');
  });

  test('retries run out: 5xx -> status with the attempt count; reset -> network', async () => {
    server.route('/down', reply(503));
    const err = await rejection(createHttpClient({ ...fast, retries: 3 }).request(server.url('/down')));
    assert.equal(err.kind, 'status');
    assert.equal(err.status, 503);
    assert.equal(err.message, `GET ${server.url('/down')} -> 503 after 4 attempts`);
    assert.equal(server.hits('/down'), 4);

    server.route('/always-reset', { kind: 'reset' });
    const net = await rejection(
      createHttpClient({ ...fast, retries: 1 }).request(server.url('/always-reset')),
    );
    assert.equal(net.kind, 'network');
    assert.match(net.message, /-> network error \S+ after 2 attempts$/);
  });

  test('a failure no retry can fix (a port fetch refuses) fails at once', async () => {
    let retries = 0;
    const client = createHttpClient({ ...fast, onRetry: () => retries++ });
    const err = await rejection(client.request('http://127.0.0.1:1/jobs'));
    assert.equal(err.kind, 'network');
    assert.equal(err.message, 'GET http://127.0.0.1:1/jobs -> network error bad port');
    assert.equal(retries, 0);
  });

  test('retries: 0 makes exactly one attempt', async () => {
    server.route('/no-retry', reply(502));
    await rejection(createHttpClient({ ...fast, retries: 0 }).request(server.url('/no-retry')));
    assert.equal(server.hits('/no-retry'), 1);
  });

  test('backoff is exponential with full jitter, capped', async () => {
    server.route('/backoff', [reply(500), reply(500), reply(500), reply(500), reply(200, 'ok')]);
    const delays: number[] = [];
    const client = createHttpClient({
      backoffBaseMs: 10,
      backoffMaxMs: 50,
      retries: 4,
      random: () => 0.999,
      onRetry: (e) => delays.push(e.delayMs),
    });
    await client.request(server.url('/backoff'));
    assert.deepEqual(delays, [9, 19, 39, 49]);
  });

  test('a body cut short (Content-Length larger than sent) is retried like a network error', async () => {
    server.route('/truncated', [
      { kind: 'truncate', declaredBytes: 1000, body: 'partial' },
      reply(200, 'complete'),
    ]);
    assert.equal((await createHttpClient(fast).request(server.url('/truncated'))).text, 'complete');
    server.route('/always-truncated', { kind: 'truncate', declaredBytes: 1000, body: 'partial' });
    const err = await rejection(
      createHttpClient({ ...fast, retries: 1 }).request(server.url('/always-truncated')),
    );
    assert.equal(err.kind, 'network');
  });
});

describe('Retry-After and throttling', () => {
  test('Retry-After in seconds is honoured', async () => {
    server.route('/ra-seconds', [reply(429, '', { 'retry-after': '1' }), reply(200, 'ok')]);
    const delays: number[] = [];
    const started = Date.now();
    await createHttpClient({ ...fast, onRetry: (e) => delays.push(e.delayMs) }).request(
      server.url('/ra-seconds'),
    );
    assert.deepEqual(delays, [1000]);
    assert.ok(Date.now() - started >= 990);
  });

  test('Retry-After as an HTTP date is honoured', async () => {
    const at = new Date(Date.now() + 3000).toUTCString();
    server.route('/ra-date', [reply(503, '', { 'retry-after': at }), reply(200, 'ok')]);
    const delays: number[] = [];
    const client = createHttpClient({ ...fast, onRetry: (e) => delays.push(e.delayMs) });
    // A deadline shorter than the wait shows the date was taken into account (and that sleeps abort).
    const err = await rejection(client.request(server.url('/ra-date'), { signal: AbortSignal.timeout(150) }));
    assert.equal(err.kind, 'deadline');
    assert.ok(delays[0] > 1500 && delays[0] <= 3000, `waited ${delays[0]} ms for a date 3 s away`);
  });

  test('Retry-After past maxRetryAfterMs fails at once with throttled', async () => {
    server.route('/ra-long', reply(429, '', { 'retry-after': '120' }));
    const err = await rejection(
      createHttpClient({ ...fast, maxRetryAfterMs: 60_000 }).request(server.url('/ra-long')),
    );
    assert.equal(err.kind, 'throttled');
    assert.equal(err.status, 429);
    assert.match(err.message, /-> 429 with Retry-After 120s, over the 60s cap$/);
    assert.equal(server.hits('/ra-long'), 1);
  });

  test('429 until retries run out is throttled, never an empty success', async () => {
    server.route('/always-429', reply(429, ''));
    const err = await rejection(createHttpClient({ ...fast, retries: 2 }).request(server.url('/always-429')));
    assert.equal(err.kind, 'throttled');
    assert.match(err.message, /-> 429 after 3 attempts$/);
  });
});

describe('timeouts and deadlines', () => {
  test('a server that never answers times out per attempt (kind timeout)', async () => {
    server.route('/hang', { kind: 'hang' });
    const started = Date.now();
    const err = await rejection(
      createHttpClient({ ...fast, timeoutMs: 100, retries: 1 }).request(server.url('/hang')),
    );
    assert.equal(err.kind, 'timeout');
    assert.match(err.message, /timed out after 100 ms after 2 attempts$/);
    assert.equal(server.hits('/hang'), 2);
    assert.ok(Date.now() - started < 1000);
  });

  test('a caller signal that is already aborted fails at once with deadline and sends nothing', async () => {
    server.route('/never-sent', reply(200, 'ok'));
    const err = await rejection(
      createHttpClient(fast).request(server.url('/never-sent'), { signal: AbortSignal.abort() }),
    );
    assert.equal(err.kind, 'deadline');
    assert.equal(server.hits('/never-sent'), 0);
  });

  test('the deadline cuts a retry backoff short', async () => {
    server.route('/slow-retry', reply(503));
    const started = Date.now();
    const client = createHttpClient({ ...fast, backoffBaseMs: 5000, backoffMaxMs: 5000, random: () => 1 });
    const err = await rejection(
      client.request(server.url('/slow-retry'), { signal: AbortSignal.timeout(100) }),
    );
    assert.equal(err.kind, 'deadline');
    assert.ok(Date.now() - started < 1000);
  });

  test('measurement: one hanging host with a deadline fails near the deadline while other hosts succeed', async (t) => {
    const hanging = await startFaultServer({ '/jobs': { kind: 'hang' } });
    const healthy = await startFaultServer({
      '/job': { kind: 'reply', status: 200, body: 'ok', delayMs: 10 },
    });
    try {
      const client = createHttpClient({ ...fast, timeoutMs: 30_000 });
      const deadlineMs = 300;
      const started = Date.now();
      const stuck = rejection(
        client.request(hanging.url('/jobs'), { signal: AbortSignal.timeout(deadlineMs) }),
      ).then((err) => ({ err, ms: Date.now() - started }));
      const others = await Promise.allSettled(
        Array.from({ length: 20 }, (_, i) => client.request(healthy.url(`/job?i=${i}`))),
      );
      const othersMs = Date.now() - started;
      const { err, ms } = await stuck;
      t.diagnostic(
        `hanging host failed after ${ms} ms (deadline ${deadlineMs} ms); 20 other requests done in ${othersMs} ms`,
      );
      assert.equal(err.kind, 'deadline');
      assert.ok(ms >= deadlineMs - 5 && ms < deadlineMs + 400, `failed after ${ms} ms`);
      assert.equal(others.filter((o) => o.status === 'fulfilled').length, 20);
    } finally {
      await Promise.all([hanging.close(), healthy.close()]);
    }
  });

  test('stream(): a body that stalls mid-way fails with timeout while iterating', async () => {
    server.route('/stall', { kind: 'stall', firstChunk: '<feed>' });
    const body = await createHttpClient({ ...fast, timeoutMs: 150 }).stream(server.url('/stall'));
    const err = await rejection(
      (async () => {
        for await (const chunk of body) assert.ok(chunk.byteLength > 0);
      })(),
    );
    assert.equal(err.kind, 'timeout');
    assert.match(err.message, /body interrupted: body stalled for 150 ms/);
  });
});

describe('size cap', () => {
  test('a declared Content-Length over maxBytes fails before the body is read', async () => {
    server.route('/declared-huge', { kind: 'huge', bytes: 50 * MiB, declareLength: true });
    const err = await rejection(
      createHttpClient({ ...fast, maxBytes: MiB }).request(server.url('/declared-huge')),
    );
    assert.equal(err.kind, 'too_large');
    assert.match(err.message, /body larger than 1048576 bytes \(maxBytes\)$/);
  });

  test('maxBytes per request, and stream() enforces the cap while iterating', async () => {
    server.route('/two-mib', { kind: 'huge', bytes: 2 * MiB });
    const client = createHttpClient(fast);
    assert.equal(
      (await rejection(client.request(server.url('/two-mib'), { maxBytes: MiB }))).kind,
      'too_large',
    );
    let seen = 0;
    const err = await rejection(
      (async () => {
        for await (const chunk of await client.stream(server.url('/two-mib'), { maxBytes: MiB }))
          seen += chunk.byteLength;
      })(),
    );
    assert.equal(err.kind, 'too_large');
    assert.ok(seen <= MiB, `the consumer saw ${seen} bytes past the cap`);
  });

  test('measurement: a 100 MB body with maxBytes 5 MiB fails too_large with bounded memory', async (t) => {
    server.route('/hundred-mb', { kind: 'huge', bytes: 100 * 1000 * 1000 });
    const client = createHttpClient({ ...fast, maxBytes: 5 * MiB });
    globalThis.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const started = Date.now();
    let err: HttpError;
    try {
      err = await rejection(client.request(server.url('/hundred-mb')));
    } finally {
      clearInterval(sampler);
    }
    peak = Math.max(peak, process.memoryUsage().rss);
    const growthMb = (peak - rssBefore) / 1e6;
    t.diagnostic(`too_large after ${Date.now() - started} ms; peak RSS growth ${growthMb.toFixed(1)} MB`);
    assert.equal(err.kind, 'too_large');
    assert.ok(growthMb < 40, `RSS grew ${growthMb.toFixed(1)} MB for a 5 MiB cap`);
  });
});

describe('measurement: transient failures', () => {
  test('100 URLs with every 5th failing once (503 or reset): all 100 succeed, none lost', async (t) => {
    const flaky = await startFaultServer();
    try {
      for (let i = 0; i < 100; i++) {
        const first = i % 10 === 0 ? { kind: 'reset' as const } : reply(503);
        flaky.route(`/p${i}`, i % 5 === 0 ? [first, reply(200, `job ${i}`)] : reply(200, `job ${i}`));
      }
      let retries = 0;
      const client = createHttpClient({ ...fast, onRetry: () => retries++ });
      const started = Date.now();
      const results = await Promise.allSettled(
        Array.from({ length: 100 }, (_, i) => client.request(flaky.url(`/p${i}`))),
      );
      const ok = results.filter((r) => r.status === 'fulfilled');
      const hits = Array.from({ length: 100 }, (_, i) => flaky.hits(`/p${i}`)).reduce((a, b) => a + b, 0);
      t.diagnostic(
        `100 URLs, 20 failing once: ${ok.length} succeeded, ${100 - ok.length} lost, ${retries} retries, ${hits} requests, ${Date.now() - started} ms`,
      );
      assert.equal(ok.length, 100);
      assert.deepEqual(
        ok.map((r) => r.value.text),
        Array.from({ length: 100 }, (_, i) => `job ${i}`),
      );
      assert.equal(retries, 20);
      assert.equal(hits, 120);
    } finally {
      await flaky.close();
    }
  });
});
