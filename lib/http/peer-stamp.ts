import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';

/**
 * Appends the socket peer to X-Forwarded-For, as every proxy hop does. `next start` only fills the
 * header when the client sent none, and route handlers and server actions never see the socket,
 * so without this the client alone would decide its own address. Done before Next reads the
 * request, in the server process (see instrumentation-node.ts).
 */
export function stampSocketPeer(request: IncomingMessage) {
  const peer = request.socket?.remoteAddress ?? 'unknown';
  const prior = request.headers['x-forwarded-for'];
  const joined = Array.isArray(prior) ? prior.join(', ') : prior;
  request.headers['x-forwarded-for'] = joined ? `${joined}, ${peer}` : peer;
}

const STAMPED = Symbol.for('meupedaco.peerStamp');

/** Every HTTP(S) server of this process stamps its requests; installing twice is a no-op. */
export function installPeerStamp() {
  for (const proto of [http.Server.prototype, https.Server.prototype] as (http.Server & { [STAMPED]?: true })[]) {
    if (proto[STAMPED]) continue;
    const emit = proto.emit;
    proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (event === 'request') stampSocketPeer(args[0] as IncomingMessage);
      return Reflect.apply(emit, this, [event, ...args]);
    } as typeof emit;
    proto[STAMPED] = true;
  }
}
