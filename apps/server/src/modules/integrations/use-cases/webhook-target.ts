import { promises as dns } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/**
 * The address guard for webhook endpoints. A receiver's URL is chosen by a customer, so without a
 * guard Vouch could be made to call its own network (a cloud metadata service, a database's HTTP
 * port). The host is resolved and every address it resolves to must be public, unless the company
 * allows private networks (an on-premise ATS). Deliveries then connect to the address checked here,
 * never to a second lookup, so a name that changes its answer between check and connect (DNS
 * rebinding) cannot slip through.
 */

export type ResolvedAddress = { address: string; family: 4 | 6 };
export type WebhookTarget = { ok: true; url: URL; addresses: ResolvedAddress[] } | { ok: false; reason: string };

const blocked = new BlockList();
// IPv4: "this" network and unspecified, private, CGNAT, loopback, link-local (cloud metadata),
// IETF protocol assignments, benchmarking, multicast, reserved and broadcast.
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv4');
}
// IPv6: unspecified, loopback, unique local, link-local, site-local (deprecated), multicast, and
// NAT64 (which reaches IPv4 addresses through a translator).
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv6');
}

/** An IPv4 address written as IPv6 (`::ffff:127.0.0.1`) is judged as the IPv4 address it is. */
function mappedIpv4(address: string): string | null {
  const match = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (match) return match[1];
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex) return null;
  const high = Number.parseInt(hex[1], 16);
  const low = Number.parseInt(hex[2], 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** Whether an address is private, loopback, link-local, unspecified or otherwise not on the public internet. */
export function isNonPublicAddress(address: string): boolean {
  const v4 = mappedIpv4(address) ?? (isIP(address) === 4 ? address : null);
  if (v4) return blocked.check(v4, 'ipv4');
  if (isIP(address) === 6) return blocked.check(address, 'ipv6');
  return true; // not an address at all: refuse rather than guess
}

export type Lookup = (hostname: string) => Promise<ResolvedAddress[]>;

const systemLookup: Lookup = async (hostname) => {
  const found = await dns.lookup(hostname, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

/**
 * Checks a webhook URL before anything connects to it: http or https only, no user name or password,
 * a host that resolves, and (unless `allowPrivate`) only public addresses. Also used when an endpoint
 * is registered, so a bad URL is refused at once rather than at the first delivery.
 */
export async function checkWebhookTarget(
  raw: string,
  allowPrivate: boolean,
  lookup: Lookup = systemLookup,
): Promise<WebhookTarget> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'Not a valid web address' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, reason: 'Only http and https addresses can receive webhooks' };
  if (url.username || url.password)
    return { ok: false, reason: 'The address must not contain a user name or password' };
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!host) return { ok: false, reason: 'The address has no host' };

  let addresses: ResolvedAddress[];
  try {
    addresses = isIP(host) ? [{ address: host, family: isIP(host) === 6 ? 6 : 4 }] : await lookup(host);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return {
      ok: false,
      reason: `The host ${host} could not be resolved${typeof code === 'string' ? ` (${code})` : ''}`,
    };
  }
  if (!addresses.length) return { ok: false, reason: `The host ${host} could not be resolved` };
  if (!allowPrivate) {
    const refused = addresses.find((a) => isNonPublicAddress(a.address));
    if (refused)
      return {
        ok: false,
        reason: `Refused: ${host} resolves to ${refused.address}, a private, loopback or link-local address (the company does not allow private networks)`,
      };
  }
  return { ok: true, url, addresses };
}
