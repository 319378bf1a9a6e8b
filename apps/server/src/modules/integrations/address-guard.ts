import { promises as dns } from 'node:dns';
import { isIP } from 'node:net';
import type { TProblemParams, TProblemReason } from '@vouch/contracts';
import ipaddr from 'ipaddr.js';
import type { PrivateNetworks } from '../../platform/config.ts';
import { type FieldError, fieldProblem } from '../../platform/errors.ts';

/**
 * The address guard for webhook endpoints and partner callbacks. A receiver's URL is chosen by a
 * customer, so without a guard Vouch could be made to call its operator's network (a cloud metadata
 * service, a database's HTTP port). The host is resolved and every address it resolves to is judged:
 * public addresses are fine; private ones only as far as the operator (`WEBHOOK_ALLOW_PRIVATE`) and
 * then the company allow; metadata, link-local, multicast and reserved addresses never, in whatever
 * spelling (IPv4-mapped or -compatible IPv6, NAT64, 6to4). Deliveries then connect to the address
 * checked here, never to a second lookup, so a name that changes its answer between check and connect
 * (DNS rebinding) cannot slip through.
 */

export type ResolvedAddress = { address: string; family: 4 | 6 };
/** Why an address is refused: the reason for people, and its English words for the delivery log. */
export type TargetRefusal = { ok: false; reason: string; problem: FieldError & { field: '' } };
export type WebhookTarget = { ok: true; url: URL; addresses: ResolvedAddress[] } | TargetRefusal;

type TargetReason = Extract<TProblemReason, `webhook.${'address' | 'host'}_${string}`>;
const refused = <R extends TargetReason>(reason: R, params?: TProblemParams<R>): TargetRefusal => {
  const problem = fieldProblem('', reason, ...([params] as [TProblemParams<R>])) as FieldError & { field: '' };
  return { ok: false, reason: problem.message, problem };
};

/** What the operator allows (`WEBHOOK_ALLOW_PRIVATE`), narrowed by the company's switch: it can refuse, never add. */
export type TargetPolicy = { operator: PrivateNetworks; companyAllows: boolean };

/** Cloud metadata services: AWS, GCP, Azure and Oracle (169.254.169.254 and its link-local /16), AWS over IPv6, Alibaba. */
const METADATA = ['169.254.0.0/16', 'fd00:ec2::254/128', '100.100.100.200/32'].map((cidr) => ipaddr.parseCIDR(cidr));
/** Ranges that are never a receiver: link-local, "this host", multicast, broadcast and reserved. */
const NEVER_RANGES = new Set(['linkLocal', 'unspecified', 'multicast', 'broadcast', 'reserved']);
/** 192.0.0.0/24 and the benchmarking range are "reserved" to ipaddr.js, but are ordinary private networks. */
const PRIVATE_NOT_RESERVED = ['192.0.0.0/24', '198.18.0.0/15'].map((cidr) => ipaddr.parseCIDR(cidr));

export type AddressClass = 'public' | 'private' | 'never';

/** The IPv4 address an IPv6 address carries (mapped, compatible, NAT64, 6to4), which is what it reaches. */
function embeddedIpv4(address: ipaddr.IPv6): ipaddr.IPv4 | null {
  if (address.isIPv4MappedAddress()) return address.toIPv4Address();
  const p = address.parts;
  const fromLast32 = () => ipaddr.fromByteArray(address.toByteArray().slice(12)) as ipaddr.IPv4;
  // IPv4-compatible (::a.b.c.d), deprecated but still routed by some stacks; :: and ::1 are themselves.
  if (p.slice(0, 6).every((x) => x === 0) && (p[6] !== 0 || p[7] > 1)) return fromLast32();
  const range = address.range();
  if (range === 'rfc6052' || range === 'rfc6145') return fromLast32(); // NAT64 and SIIT
  if (range === '6to4') return ipaddr.fromByteArray(address.toByteArray().slice(2, 6)) as ipaddr.IPv4;
  return null;
}

const inAny = (address: ipaddr.IPv4 | ipaddr.IPv6, ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][]) =>
  ranges.some(([net, bits]) => address.kind() === net.kind() && address.match([net, bits] as never));

/** Parses an address as it comes from a URL host or a DNS answer; IPv4-bearing IPv6 is judged as its IPv4. */
function parseTarget(raw: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  if (!isIP(raw)) return null;
  const parsed = ipaddr.parse(raw);
  return parsed.kind() === 'ipv6' ? (embeddedIpv4(parsed as ipaddr.IPv6) ?? parsed) : parsed;
}

/** Whether an address is on the public internet, a private network, or never to be called. */
export function classifyAddress(raw: string): AddressClass {
  const address = parseTarget(raw);
  if (!address) return 'never'; // not an address at all: refuse rather than guess
  if (inAny(address, METADATA)) return 'never';
  if (inAny(address, PRIVATE_NOT_RESERVED)) return 'private';
  const range = address.range();
  if (range === 'unicast') return 'public';
  return NEVER_RANGES.has(range) ? 'never' : 'private';
}

/** Whether an address is anything but public: private, loopback, link-local, metadata and the like. */
export const isNonPublicAddress = (address: string) => classifyAddress(address) !== 'public';

/** Why a private address is refused under `policy`, or null when it may be called. */
function privateRefusal(raw: string, policy: TargetPolicy) {
  const { operator } = policy;
  if (operator.kind === 'off') return 'webhook.address_private_operator_off';
  if (operator.kind === 'ranges') {
    const address = parseTarget(raw)!;
    const listed = operator.ranges.map((cidr) => ipaddr.parseCIDR(cidr));
    if (!inAny(address, listed)) return 'webhook.address_private_outside_ranges';
  }
  return policy.companyAllows ? null : 'webhook.address_private_company_off';
}

export type Lookup = (hostname: string) => Promise<ResolvedAddress[]>;

const systemLookup: Lookup = async (hostname) => {
  const found = await dns.lookup(hostname, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

/**
 * Checks a webhook or callback URL before anything connects to it: http or https only, no user name
 * or password, a host that resolves, and every address it resolves to allowed by `policy`. Also used
 * when an endpoint is registered, so a bad URL is refused at once rather than at the first delivery.
 */
export async function checkWebhookTarget(
  raw: string,
  policy: TargetPolicy,
  lookup: Lookup = systemLookup,
): Promise<WebhookTarget> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refused('webhook.address_invalid');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return refused('webhook.address_scheme');
  if (url.username || url.password) return refused('webhook.address_credentials');
  // The URL parser has already normalised the host: 2852039166 and 0xa9fea9fe are 169.254.169.254 here.
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!host) return refused('webhook.address_no_host');

  let addresses: ResolvedAddress[];
  try {
    addresses = isIP(host) ? [{ address: host, family: isIP(host) === 6 ? 6 : 4 }] : await lookup(host);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string'
      ? refused('webhook.host_unresolved_code', { host, code })
      : refused('webhook.host_unresolved', { host });
  }
  if (!addresses.length) return refused('webhook.host_unresolved', { host });
  for (const { address } of addresses) {
    const kind = classifyAddress(address);
    if (kind === 'never') return refused('webhook.address_reserved', { host, address });
    const refusal = kind === 'private' ? privateRefusal(address, policy) : null;
    if (refusal) return refused(refusal, { host, address });
  }
  return { ok: true, url, addresses };
}
