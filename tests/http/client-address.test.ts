import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { clientAddress, type TrustedProxies } from '@/lib/http/client-address';
import { installPeerStamp, STAMP_HEADER } from '@/lib/http/peer-stamp';

const xff = (value?: string) => new Headers(value === undefined ? {} : { 'x-forwarded-for': value });
const none: TrustedProxies = { hops: 0, cidrs: [] };

describe('client address', () => {
  it('with no trusted proxy, the right-most hop (the socket peer) whatever the client wrote', () => {
    expect(clientAddress(xff('6.6.6.6, 7.7.7.7, 203.0.113.9'), none)).toBe('203.0.113.9');
    expect(clientAddress(xff('203.0.113.9'), none)).toBe('203.0.113.9');
  });

  it('a hop count trusts exactly that many proxies from the right', () => {
    // client wrote 6.6.6.6; nginx appended the real client; the stamp appended nginx.
    expect(clientAddress(xff('6.6.6.6, 198.51.100.4, 10.0.0.2'), { hops: 1, cidrs: [] })).toBe('198.51.100.4');
    expect(clientAddress(xff('10.0.0.2'), { hops: 3, cidrs: [] })).toBe('10.0.0.2');
  });

  it('a CIDR list skips trusted hops from the right and stops at the first untrusted one', () => {
    const trusted = { hops: 0, cidrs: ['10.0.0.0/8', '2001:db8::/32'] };
    expect(clientAddress(xff('6.6.6.6, 198.51.100.4, 10.1.2.3, 10.0.0.2'), trusted)).toBe('198.51.100.4');
    expect(clientAddress(xff('10.9.9.9, 2001:db8::1'), trusted)).toBe('10.9.9.9');
    // A spoofed "trusted" entry to the left of an untrusted hop is never reached.
    expect(clientAddress(xff('10.0.0.5, 198.51.100.4, 10.0.0.2'), trusted)).toBe('198.51.100.4');
  });

  it('one spelling per client: IPv4-mapped IPv6 and brackets are normalised', () => {
    expect(clientAddress(xff('::ffff:203.0.113.9'), none)).toBe('203.0.113.9');
    expect(clientAddress(xff('6.6.6.6, [::ffff:127.0.0.1]'), { hops: 0, cidrs: ['127.0.0.1'] })).toBe('6.6.6.6');
  });

  it('no header: one shared local bucket', () => {
    expect(clientAddress(xff(), none)).toBe('local');
  });

  it('a real server appends its socket peer, so a forged X-Forwarded-For is never the answer', async () => {
    installPeerStamp();
    installPeerStamp(); // twice must not stamp twice
    const server = http.createServer((req, res) => {
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
      res.end(JSON.stringify({ raw: req.headers['x-forwarded-for'], client: clientAddress(headers, none) }));
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      const forged = await (await fetch(url, { headers: { 'x-forwarded-for': '1.2.3.4' } })).json();
      expect(forged).toEqual({ raw: '1.2.3.4, 127.0.0.1', client: '127.0.0.1' });
      const plain = await (await fetch(url)).json();
      expect(plain).toEqual({ raw: '127.0.0.1', client: '127.0.0.1' });
      // A client that makes up the stamp too is overwritten by the server's own.
      const stampForged = await (
        await fetch(url, { headers: { 'x-forwarded-for': '1.2.3.4', [STAMP_HEADER]: 'guess' } })
      ).json();
      expect(stampForged.client).toBe('127.0.0.1');
    } finally {
      server.close();
    }
  });

  it('once a server stamps, a request it did not stamp (Next still starting) never picks its own address', () => {
    installPeerStamp();
    expect(clientAddress(xff('1.2.3.4'), none)).toBe('unstamped');
    expect(clientAddress(new Headers({ 'x-forwarded-for': '1.2.3.4', [STAMP_HEADER]: 'guess' }), none)).toBe(
      'unstamped',
    );
    expect(clientAddress(xff(), none)).toBe('unstamped');
  });
});
