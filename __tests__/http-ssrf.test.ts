import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { addressRefusal, classifyAddress, hostRefusal, scopeOfUrl } from '../src/http/address-policy.ts';
import { createHttpClient } from '../src/http/client.ts';
import { AddressRefusedError, configuredScope, guardedLookup } from '../src/http/network-guard.ts';
import { configuredUrls } from '../src/sources/network.ts';
import { reply, rejection, startFaultServer } from './helpers/fault-server.ts';
import { netnsUnavailable, runInNetns } from './helpers/netns.ts';
import type { WorldReport } from './helpers/ssrf-world.ts';

describe('address rule (pure)', () => {
  test('classifies link-local, metadata, loopback, private and public addresses in every spelling', () => {
    const cases: [string, string][] = [
      ['169.254.169.254', 'link-local'],
      ['169.254.0.1', 'link-local'],
      ['fe80::1', 'link-local'],
      ['[fe80::1%eth0]', 'link-local'],
      ['::ffff:169.254.169.254', 'link-local'],
      ['::ffff:a9fe:a9fe', 'link-local'],
      ['64:ff9b::a9fe:a9fe', 'link-local'],
      ['2002:a9fe:a9fe::1', 'link-local'],
      ['fd00:ec2::254', 'metadata'],
      ['100.100.100.200', 'metadata'],
      ['127.0.0.1', 'loopback'],
      ['127.53.0.9', 'loopback'],
      ['::1', 'loopback'],
      ['[::1]', 'loopback'],
      ['::ffff:127.0.0.1', 'loopback'],
      ['0.0.0.0', 'loopback'],
      ['::', 'loopback'],
      ['10.1.2.3', 'private'],
      ['172.16.0.1', 'private'],
      ['172.31.255.255', 'private'],
      ['192.168.1.1', 'private'],
      ['100.64.0.1', 'private'],
      ['fd12:3456::1', 'private'],
      ['::ffff:10.0.0.1', 'private'],
      ['224.0.0.1', 'not unicast'],
      ['255.255.255.255', 'not unicast'],
      ['ff02::1', 'not unicast'],
      ['172.32.0.1', 'public'],
      ['8.8.8.8', 'public'],
      ['203.0.113.10', 'public'],
      ['2606:4700::1111', 'public'],
      ['::ffff:8.8.8.8', 'public'],
    ];
    for (const [address, kind] of cases) assert.equal(classifyAddress(address), kind, address);
  });

  test('link-local and metadata are refused in every scope; loopback and private only from a public origin', () => {
    for (const scope of ['public', 'private'] as const) {
      assert.match(addressRefusal('169.254.169.254', scope)!, /cloud metadata service/);
      assert.match(addressRefusal('fe80::1', scope)!, /link-local/);
      assert.match(addressRefusal('fd00:ec2::254', scope)!, /metadata/);
      assert.equal(addressRefusal('203.0.113.10', scope), null);
    }
    assert.match(
      addressRefusal('127.0.0.1', 'public')!,
      /loopback address and the configured origin is public/,
    );
    assert.match(addressRefusal('10.0.0.7', 'public')!, /private address/);
    assert.equal(addressRefusal('127.0.0.1', 'private'), null);
    assert.equal(addressRefusal('192.168.0.10', 'private'), null);
  });

  test('metadata names are refused by name, before any lookup', () => {
    for (const name of [
      'metadata.google.internal',
      'METADATA.GOOGLE.INTERNAL.',
      'metadata.goog',
      'instance-data',
    ])
      assert.match(hostRefusal(name, 'private')!, /cloud metadata service/, name);
    assert.equal(hostRefusal('boards-api.greenhouse.io', 'public'), null);
    assert.match(hostRefusal('[::ffff:169.254.169.254]', 'private')!, /link-local/);
  });

  test("a request's own URL grants the private scope only for a loopback or private address or localhost", () => {
    assert.equal(scopeOfUrl(new URL('http://127.0.0.1:8080/x')), 'private');
    assert.equal(scopeOfUrl(new URL('http://localhost:3000/')), 'private');
    assert.equal(scopeOfUrl(new URL('http://[::1]:3000/')), 'private');
    assert.equal(scopeOfUrl(new URL('http://10.2.3.4/')), 'private');
    assert.equal(scopeOfUrl(new URL('https://boards-api.greenhouse.io/v1')), 'public');
    assert.equal(scopeOfUrl(new URL('http://169.254.169.254/')), 'public');
  });

  test("a company's scope comes from its configured origins: base_url first, else its page URLs", async () => {
    const lookup = async (host: string) => {
      const table: Record<string, string[]> = {
        'mirror.corp': ['10.0.0.5'],
        'careers.acme.com': ['93.184.216.34'],
      };
      if (!table[host]) throw new Error('ENOTFOUND');
      return table[host].map((address) => ({ address }));
    };
    assert.deepEqual(configuredUrls({ name: 'A', source: 'greenhouse', board: 'a' }), []);
    assert.equal(await configuredScope([], lookup), 'public');
    assert.equal(await configuredScope(['http://127.0.0.1:9/'], lookup), 'private');
    assert.equal(await configuredScope(['https://mirror.corp/api'], lookup), 'private');
    assert.equal(await configuredScope(['https://careers.acme.com/jobs/1'], lookup), 'public');
    assert.equal(await configuredScope(['https://nowhere.invalid/'], lookup), 'public');
    assert.deepEqual(
      configuredUrls({
        name: 'A',
        source: 'url',
        urls: ['https://careers.acme.com/1'],
        base_url: 'http://127.0.0.1:9',
      }),
      ['http://127.0.0.1:9'],
    );
    assert.deepEqual(
      configuredUrls({ name: 'A', source: 'sitemap', sitemap: 'https://careers.acme.com/s.xml' }),
      ['https://careers.acme.com/s.xml'],
    );
  });

  test('the connect-time lookup keeps only allowed addresses and fails naming the refused one', async () => {
    const fakeLookup = ((
      host: string,
      _o: unknown,
      cb: (e: Error | null, a: { address: string; family: number }[]) => void,
    ) => {
      const answers: Record<string, string[]> = {
        rebind: ['169.254.169.254'],
        mixed: ['10.0.0.1', '93.184.216.34'],
      };
      cb(
        null,
        (answers[host] ?? []).map((address) => ({ address, family: 4 })),
      );
    }) as unknown as typeof import('node:dns').lookup;
    const lookup = guardedLookup('public', fakeLookup);
    const ask = (host: string, all: boolean) =>
      new Promise<unknown>((resolve, reject) =>
        lookup(host, { all }, (err, address) => (err ? reject(err) : resolve(address))),
      );
    assert.deepEqual(await ask('mixed', true), [{ address: '93.184.216.34', family: 4 }]);
    assert.equal(await ask('mixed', false), '93.184.216.34');
    await assert.rejects(
      ask('rebind', true),
      (err: Error) => err instanceof AddressRefusedError && /169\.254\.169\.254/.test(err.message),
    );
    await assert.rejects(ask('metadata.google.internal', false), AddressRefusedError);
  });
});

describe('the client refuses hops outside the scope (loopback only)', () => {
  test('a public-scope request never connects to loopback: by literal address or by a name resolved at connect time', async () => {
    const server = await startFaultServer({ '/secret': reply(200, 'internal') });
    try {
      const http = createHttpClient({ retries: 2, timeoutMs: 2000 });
      const byAddress = await rejection(http.request(server.url('/secret'), { scope: 'public' }));
      assert.equal(byAddress.kind, 'refused');
      assert.match(
        byAddress.message,
        /GET http:\/\/127\.0\.0\.1:\d+\/secret refused: 127\.0\.0\.1 is a loopback address/,
      );
      const byName = await rejection(
        http.request(server.url('/secret').replace('127.0.0.1', 'localhost'), { scope: 'public' }),
      );
      assert.equal(byName.kind, 'refused');
      assert.match(byName.message, /localhost:\d+\/secret refused: .* is a loopback address/);
      assert.equal(server.hits('/secret'), 0, 'nothing reached the internal server, and nothing was retried');
    } finally {
      await server.close();
    }
  });

  test('a loopback origin may redirect to loopback (tests, local servers, the demo)', async () => {
    const other = await startFaultServer({ '/page': reply(200, 'local page') });
    const server = await startFaultServer({ '/start': { kind: 'redirect', location: other.url('/page') } });
    try {
      const res = await createHttpClient({ retries: 0 }).request(server.url('/start'));
      assert.equal(res.text, 'local page');
    } finally {
      await Promise.all([server.close(), other.close()]);
    }
  });
});

describe('end to end inside a private network namespace', () => {
  const unavailable = netnsUnavailable();
  const world = fileURLToPath(new URL('./helpers/ssrf-world.ts', import.meta.url));
  let report: WorldReport | undefined;
  const getReport = async () => (report ??= await runInNetns<WorldReport>(world));

  test(
    'redirects from a public board into the runner are refused, a public redirect is followed',
    { skip: unavailable ? `network namespaces unavailable: ${unavailable}` : false },
    async () => {
      const { client } = await getReport();
      assert.deepEqual(client['/to-public'], { ok: true, text: 'public page' });
      for (const route of [
        '/to-metadata',
        '/to-metadata-name',
        '/to-mapped',
        '/to-loopback',
        '/to-this-host',
      ]) {
        const outcome = client[route];
        assert.ok(!outcome.ok, `${route} was followed`);
        assert.equal(outcome.kind, 'refused', `${route}: ${outcome.message}`);
        assert.match(
          outcome.message,
          /refused: .*\(redirected from http:\/\/203\.0\.113\.10:\d+\/to-/,
          route,
        );
      }
      assert.match(
        (client['/to-metadata'] as { message: string }).message,
        /169\.254\.169\.254 is the cloud metadata service/,
      );
    },
  );

  test(
    'a run of dist/index.js refuses the board that redirects into 169.254.169.254 and the postings linking into the runner, and finishes the others',
    { skip: unavailable ? `network namespaces unavailable: ${unavailable}` : false },
    async () => {
      const { action, metadataHits, internalHits } = await getReport();
      assert.deepEqual(metadataHits, [], 'the metadata service was never asked');
      assert.deepEqual(internalHits, [], 'the internal service was never asked');
      assert.equal(action.code, 0, action.stdout);
      const results = action.results as {
        companies: { name: string; status: string; error?: string }[];
        postings: { company: string; status: string; reason?: string }[];
      };
      const hostile = results.companies.find((c) => c.name === 'Hostile Inc')!;
      assert.equal(hostile.status, 'failed');
      assert.match(
        hostile.error!,
        /http:\/\/169\.254\.169\.254\/latest\/meta-data\/ refused: 169\.254\.169\.254 is the cloud metadata service .*redirected from http:\/\/203\.0\.113\.10/,
      );
      const sneaky = results.postings.filter((p) => p.company === 'Sneaky Inc');
      assert.equal(sneaky.length, 2);
      for (const p of sneaky) {
        assert.equal(p.status, 'failed');
        assert.match(
          p.reason!,
          /refused: .* (is the cloud metadata service|is a loopback address and the configured origin is public)/,
        );
      }
      assert.ok(
        results.postings.some((p) => p.company === 'Healthy Inc' && p.status === 'generated'),
        'the healthy company still got its applications',
      );
      assert.match(action.summary, /Hostile Inc/);
    },
  );
});
