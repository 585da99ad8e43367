import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';

/** Header the stamp writes with this process's secret, so an unstamped request can be told apart. */
export const STAMP_HEADER = 'x-meupedaco-peer-stamp';

const INSTALLED = Symbol.for('meupedaco.peerStamp');
// On globalThis: instrumentation and each route's bundle are separate module instances in one process.
const process_ = globalThis as { [INSTALLED]?: string };

/** The secret of this process's stamp, or undefined when no server of this process stamps (tests calling actions directly). */
export const peerStampSecret = (): string | undefined => process_[INSTALLED];

/**
 * Appends the socket peer to X-Forwarded-For, as every proxy hop does. `next start` only fills the
 * header when the client sent none, and route handlers and server actions never see the socket,
 * so without this the client alone would decide its own address. Done before Next reads the
 * request, in the server process (see instrumentation-node.ts).
 */
export function stampSocketPeer(request: IncomingMessage, secret: string) {
  const peer = request.socket?.remoteAddress ?? 'unknown';
  const prior = request.headers['x-forwarded-for'];
  const joined = Array.isArray(prior) ? prior.join(', ') : prior;
  request.headers['x-forwarded-for'] = joined ? `${joined}, ${peer}` : peer;
  request.headers[STAMP_HEADER] = secret;
}

/**
 * Every HTTP(S) server of this process stamps its requests from now on; installing twice is a no-op.
 * Next starts listening before it runs instrumentation, so a request that arrived in that first
 * moment carries no stamp, or only one the client made up: the secret tells them apart.
 */
export function installPeerStamp() {
  if (process_[INSTALLED]) return;
  const secret = randomUUID();
  for (const proto of [http.Server.prototype, https.Server.prototype]) {
    const emit = proto.emit;
    proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (event === 'request') stampSocketPeer(args[0] as IncomingMessage, secret);
      return Reflect.apply(emit, this, [event, ...args]);
    } as typeof emit;
  }
  process_[INSTALLED] = secret;
}
