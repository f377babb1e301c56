/**
 * Which network addresses a request may reach (SSRF guard). Pure: an address and the request's scope in,
 * null (allowed) or the reason it is refused out. The connect-time hook in network-guard.ts applies it to
 * every address a hop resolves to.
 */
import { BlockList, isIP } from 'node:net';

/**
 * `public`: the configured origin is on the internet, so only public addresses may be reached.
 * `private`: the configured origin is on the runner's own network (a loopback test board, a mirror on
 * 10.x), so loopback and private addresses may be reached too. Link-local and metadata never.
 */
export type NetworkScope = 'public' | 'private';

export type AddressClass = 'public' | 'loopback' | 'private' | 'link-local' | 'metadata' | 'not unicast';

/** Names of cloud metadata services, refused by name before any lookup. */
const METADATA_NAMES = new Set([
  'metadata',
  'metadata.google.internal',
  'metadata.goog',
  'instance-data',
  'instance-data.ec2.internal',
]);

/** Metadata services on addresses outside 169.254/16: AWS over IPv6, Alibaba Cloud. */
const METADATA_ADDRESSES = new Set(['fd00:ec2::254', '100.100.100.200']);

function blockList(v4: [string, number][], v6: [string, number][]): BlockList {
  const list = new BlockList();
  for (const [net, prefix] of v4) list.addSubnet(net, prefix, 'ipv4');
  for (const [net, prefix] of v6) list.addSubnet(net, prefix, 'ipv6');
  return list;
}

// BlockList matches the IPv4-mapped IPv6 forms (::ffff:a.b.c.d) against the IPv4 subnets by itself.
const RANGES: [Exclude<AddressClass, 'public' | 'metadata'>, BlockList][] = [
  ['link-local', blockList([['169.254.0.0', 16]], [['fe80::', 10]])],
  [
    'loopback',
    blockList(
      [
        ['127.0.0.0', 8],
        ['0.0.0.0', 8], // "this host": connecting to 0.0.0.0 reaches the runner itself
      ],
      [
        ['::1', 128],
        ['::', 128],
      ],
    ),
  ],
  [
    'private',
    blockList(
      [
        ['10.0.0.0', 8],
        ['172.16.0.0', 12],
        ['192.168.0.0', 16],
        ['100.64.0.0', 10], // carrier-grade NAT, also cloud-internal networks
        ['198.18.0.0', 15],
      ],
      [
        ['fc00::', 7],
        ['fec0::', 10], // deprecated site-local
      ],
    ),
  ],
  [
    'not unicast',
    blockList(
      [
        ['224.0.0.0', 4],
        ['240.0.0.0', 4], // reserved, and 255.255.255.255 broadcast
      ],
      [['ff00::', 8]],
    ),
  ],
];

/** Address without IPv6 brackets or zone, lower case. */
function bare(address: string): string {
  return address
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '')
    .toLowerCase();
}

/**
 * The IPv4 address inside an IPv6 form that a gateway translates to IPv4: NAT64 (64:ff9b::/96), 6to4
 * (2002::/16) and the deprecated IPv4-compatible form (::a.b.c.d). IPv4-mapped forms need no help.
 */
function embeddedIpv4(ipv6: string): string | undefined {
  const groups = expandIpv6(ipv6);
  if (!groups) return undefined;
  const v4 = (high: number, low: number) => `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
  const zeros = (from: number, to: number) => groups.slice(from, to).every((g) => g === 0);
  if (groups[0] === 0x64 && groups[1] === 0xff9b && zeros(2, 6)) return v4(groups[6], groups[7]);
  if (groups[0] === 0x2002) return v4(groups[1], groups[2]);
  if (zeros(0, 6) && (groups[6] !== 0 || groups[7] > 1)) return v4(groups[6], groups[7]);
  return undefined;
}

/** Eight 16-bit groups of an IPv6 address (with or without a trailing dotted quad). */
function expandIpv6(ipv6: string): number[] | undefined {
  let text = ipv6;
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number);
    text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const part = (s: string | undefined) => (s ? s.split(':').map((g) => parseInt(g, 16)) : []);
  const left = part(head);
  const right = part(tail);
  const groups =
    tail === undefined
      ? left
      : [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff)
    ? groups
    : undefined;
}

/** What kind of address this is; anything not listed is public. */
export function classifyAddress(address: string): AddressClass {
  const ip = bare(address);
  const family = isIP(ip);
  if (family === 0) throw new TypeError(`not an IP address: ${address}`);
  const type = family === 4 ? 'ipv4' : 'ipv6';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip)?.[1];
  if (METADATA_ADDRESSES.has(ip) || (mapped && METADATA_ADDRESSES.has(mapped))) return 'metadata';
  for (const [name, list] of RANGES) if (list.check(ip, type)) return name;
  const inner = family === 6 ? embeddedIpv4(ip) : undefined;
  return inner ? classifyAddress(inner) : 'public';
}

/** True for a cloud metadata service's host name (any case, with or without the trailing dot). */
export function isMetadataName(hostname: string): boolean {
  return METADATA_NAMES.has(hostname.toLowerCase().replace(/\.$/, ''));
}

/**
 * Why a request in `scope` may not connect to `address`, or null when it may. Link-local, metadata and
 * non-unicast addresses are refused in every scope; loopback and private ones in the public scope.
 */
export function addressRefusal(address: string, scope: NetworkScope): string | null {
  const kind = classifyAddress(address);
  const ip = bare(address);
  switch (kind) {
    case 'public':
      return null;
    case 'metadata':
      return `${ip} is a cloud metadata service`;
    case 'link-local':
      return ip === '169.254.169.254'
        ? `${ip} is the cloud metadata service (link-local)`
        : `${ip} is a link-local address`;
    case 'not unicast':
      return `${ip} is not a unicast address`;
    case 'loopback':
    case 'private':
      return scope === 'private' ? null : `${ip} is a ${kind} address and the configured origin is public`;
  }
}

/** Why a host name (before any lookup) is refused, or null. Literal addresses get addressRefusal. */
export function hostRefusal(hostname: string, scope: NetworkScope): string | null {
  const host = bare(hostname);
  if (isIP(host)) return addressRefusal(host, scope);
  if (isMetadataName(host)) return `${host} is a cloud metadata service`;
  return null;
}

/**
 * The scope a configured origin grants, from the addresses its host resolves to: private when they are
 * all loopback or private, public otherwise (and when there are none).
 */
export function scopeOfAddresses(addresses: readonly string[]): NetworkScope {
  if (addresses.length === 0) return 'public';
  return addresses.every((a) => {
    const kind = classifyAddress(a);
    return kind === 'loopback' || kind === 'private';
  })
    ? 'private'
    : 'public';
}

/**
 * The scope a URL grants when a caller fetches it without naming one: private for a literal loopback or
 * private address and for localhost, public for everything else.
 */
export function scopeOfUrl(url: URL): NetworkScope {
  const host = bare(url.hostname).replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return 'private';
  return isIP(host) ? scopeOfAddresses([host]) : 'public';
}
