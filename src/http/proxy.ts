import http from 'node:http';

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'];
const NO_PROXY_VARIABLES = ['NO_PROXY', 'no_proxy'];

/** The proxy settings in force, in the shape undici's EnvHttpProxyAgent takes. */
export interface ProxySettings {
  httpProxy?: string;
  httpsProxy?: string;
  noProxy?: string;
}

let inUse: ProxySettings | null = null;

/** What configureProxyFromEnv set up, for the HTTP client's own dispatchers; null = direct. */
export function proxyEnvInUse(): ProxySettings | null {
  return inUse;
}

/**
 * Routes fetch() (and http/https.request) through HTTPS_PROXY / HTTP_PROXY, honouring NO_PROXY.
 * Node 24 does this by itself only when started with NODE_USE_ENV_PROXY=1, which an action cannot set
 * for its own process, so the entry point calls this before the first request. Returns the proxy in
 * use (without credentials) for the log, or null when no proxy variable is set.
 */
export function configureProxyFromEnv(env: NodeJS.ProcessEnv): string | null {
  const present = PROXY_VARIABLES.filter((key) => env[key]?.trim());
  if (present.length === 0) {
    inUse = null;
    return null;
  }
  const proxyEnv: Record<string, string> = {};
  for (const key of present) proxyEnv[key] = validProxyUrl(key, env[key]!.trim()).href;
  for (const key of NO_PROXY_VARIABLES) if (env[key] !== undefined) proxyEnv[key] = env[key]!;
  http.setGlobalProxyFromEnv(proxyEnv);
  const pick = (names: string[]) => names.map((name) => proxyEnv[name]).find((v) => v !== undefined);
  inUse = {
    httpProxy: pick(['HTTP_PROXY', 'http_proxy']),
    httpsProxy: pick(['HTTPS_PROXY', 'https_proxy']),
    noProxy: pick(NO_PROXY_VARIABLES),
  };
  return withoutCredentials(new URL(proxyEnv[present[0]]));
}

function validProxyUrl(name: string, value: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  // The value itself is not echoed: proxy URLs often carry a password.
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new Error(`${name} is not a valid proxy URL: expected http://host:port or https://host:port`);
  }
  return url;
}

function withoutCredentials(url: URL): string {
  return url.origin;
}
