/**
 * The connection side of the SSRF guard: undici dispatchers whose connect step checks every address a
 * hop resolves to (at connect time, so a name that re-resolves elsewhere between two requests is caught
 * too) against the request's scope. One dispatcher per scope; created on first use.
 */
import dns from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import type { buildConnector as BuildConnector, Dispatcher } from 'undici';
import { addressRefusal, hostRefusal, scopeOfAddresses, type NetworkScope } from './address-policy.ts';
import { proxyEnvInUse, type ProxySettings } from './proxy.ts';

/** A hop the guard would not connect to; `reason` says why ("169.254.169.254 is link-local"). */
export class AddressRefusedError extends Error {
  readonly code = 'ERR_ADDRESS_REFUSED';
  readonly host: string;
  readonly reason: string;
  constructor(host: string, reason: string) {
    super(`refused to connect to ${host}: ${reason}`);
    this.name = 'AddressRefusedError';
    this.host = host;
    this.reason = reason;
  }
}

/** dns.lookup that answers only with addresses the scope allows, or fails naming the refused one. */
export function guardedLookup(scope: NetworkScope, lookup: typeof dns.lookup = dns.lookup): LookupFunction {
  return (hostname, options, callback) => {
    const byName = hostRefusal(hostname, scope);
    if (byName) {
      callback(new AddressRefusedError(hostname, byName), '', 4);
      return;
    }
    lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) {
        callback(err, '', 4);
        return;
      }
      const allowed = addresses.filter((a) => !addressRefusal(a.address, scope));
      if (allowed.length === 0) {
        const first = addresses[0];
        const reason = first ? addressRefusal(first.address, scope)! : 'no address';
        callback(new AddressRefusedError(hostname, reason), '', 4);
        return;
      }
      if (options.all) callback(null, allowed);
      else callback(null, allowed[0].address, allowed[0].family);
    });
  };
}

/** Builds the dispatcher of one scope: direct connections checked by address, proxied ones by name. */
async function createDispatcher(scope: NetworkScope, proxy: ProxySettings | null): Promise<Dispatcher> {
  const { Agent, EnvHttpProxyAgent, buildConnector } = await import('undici');
  const base = buildConnector({ lookup: guardedLookup(scope) });
  const connect: BuildConnector.connector = (options, callback) => {
    // net.connect skips the lookup for a literal address, so literals are checked here.
    const host = options.hostname.replace(/^\[|\]$/g, '');
    const refused = isIP(host) ? addressRefusal(host, scope) : null;
    if (refused) {
      callback(new AddressRefusedError(host, refused), null);
      return;
    }
    base(options, callback);
  };
  // Behind a proxy the proxy resolves names; the client's per-hop name and literal check still applies.
  return proxy ? new EnvHttpProxyAgent({ ...proxy, connect }) : new Agent({ connect });
}

const dispatchers = new Map<NetworkScope, { proxy: ProxySettings | null; dispatcher: Promise<Dispatcher> }>();

/** The shared dispatcher for requests of `scope` (a new one when the proxy settings changed). */
export function guardedDispatcher(scope: NetworkScope): Promise<Dispatcher> {
  const proxy = proxyEnvInUse();
  const cached = dispatchers.get(scope);
  if (cached?.proxy === proxy) return cached.dispatcher;
  const dispatcher = createDispatcher(scope, proxy);
  dispatchers.set(scope, { proxy, dispatcher });
  return dispatcher;
}

/**
 * The scope a company's configured origins grant: private when one of them is on the runner's network
 * (a loopback test board, `localhost`, a mirror that resolves to 10.x), else public. A name that does
 * not resolve grants nothing.
 */
export async function configuredScope(
  urls: readonly string[],
  lookup: (host: string) => Promise<readonly { address: string }[]> = (host) =>
    dns.promises.lookup(host, { all: true }),
): Promise<NetworkScope> {
  for (const raw of urls) {
    let host: string;
    try {
      host = new URL(raw).hostname.replace(/^\[|\]$/g, '');
    } catch {
      continue;
    }
    const addresses = isIP(host)
      ? [host]
      : await lookup(host).then(
          (a) => a.map((x) => x.address),
          () => [],
        );
    if (scopeOfAddresses(addresses) === 'private') return 'private';
  }
  return 'public';
}

/** The AddressRefusedError somewhere in a fetch failure's cause chain, if any. */
export function addressRefusedIn(err: unknown): AddressRefusedError | undefined {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    if (e instanceof AddressRefusedError) return e;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}
