import { timingSafeEqual } from 'node:crypto';
import { BlockList, isIP } from 'node:net';
import { env } from '@/lib/env.js';
import { peerStampSecret, STAMP_HEADER } from './peer-stamp';

export type TrustedProxies = { hops: number; cidrs: readonly string[] };

/** Node reports IPv4 peers of a dual-stack socket as `::ffff:1.2.3.4`; one client, one spelling. */
function normalise(address: string): string {
  const bare = address.trim().replace(/^\[|\]$/g, '');
  return bare.toLowerCase().startsWith('::ffff:') && isIP(bare.slice(7)) === 4 ? bare.slice(7) : bare;
}

function blockListOf(cidrs: readonly string[]): BlockList {
  const list = new BlockList();
  for (const cidr of cidrs) {
    const [ip = '', bits] = cidr.split('/');
    const type = isIP(ip) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(ip, type);
    else list.addSubnet(ip, Number(bits), type);
  }
  return list;
}

const sameSecret = (given: string | null, secret: string) =>
  given !== null && given.length === secret.length && timingSafeEqual(Buffer.from(given), Buffer.from(secret));

const isTrustedIn = (list: BlockList) => (address: string) => {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 6 ? 'ipv6' : 'ipv4');
};

/**
 * Who is asking, for every per-address limit. The server appends the socket peer to
 * X-Forwarded-For before Next sees the request (lib/http/peer-stamp.ts), so the right-most hop is
 * always the real peer; hops further left count only as far as the proxies that wrote them are
 * trusted (TRUSTED_PROXIES). Anything a client writes itself stays to the left of an untrusted
 * hop and is never read. A request the server did not stamp (one that arrived while Next was
 * starting) shares one address, 'unstamped': its header may be all the client's. No server stamps
 * at all (a test calling an action directly) and no header: 'local'.
 */
export function clientAddress(headers: Headers, trusted: TrustedProxies = env.TRUSTED_PROXIES): string {
  const secret = peerStampSecret();
  if (secret !== undefined && !sameSecret(headers.get(STAMP_HEADER), secret)) return 'unstamped';
  const hops = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map(normalise)
    .filter((h) => h !== '');
  if (hops.length === 0) return 'local';
  if (trusted.cidrs.length === 0) return hops[Math.max(0, hops.length - 1 - trusted.hops)]!;
  const isTrusted = isTrustedIn(blockListOf(trusted.cidrs));
  for (let i = hops.length - 1; i >= 0; i--) if (!isTrusted(hops[i]!)) return hops[i]!;
  return hops[0]!;
}
