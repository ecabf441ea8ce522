import http from 'node:http';
import type { Socket } from 'node:net';

/*
 * Graceful stop for the server Next starts (`next start` gives no handle on it). Every request
 * passes through http.Server#emit('request'), so wrapping that on the prototype — also for the
 * server already listening — tells us the servers and the requests in flight. On stop: refuse new
 * connections, let the requests in flight finish (their writes commit AND their replies go out),
 * close idle keep-alive sockets, and give up after a bound so a stuck request cannot hold the
 * process forever.
 */

const servers = new Set<http.Server>();
const inFlight = new Set<http.ServerResponse>();
let draining = false;
let installed = false;

export function trackRequests() {
  if (installed) return;
  installed = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      servers.add(this);
      const res = args[1] as http.ServerResponse;
      if (draining) res.shouldKeepAlive = false; // answer this one, then close its connection
      inFlight.add(res);
      res.on('close', () => inFlight.delete(res));
    } else if (event === 'connection') {
      servers.add(this);
      if (draining) {
        (args[0] as Socket).destroy(); // accepted as the listener closed: no request was read from it
        return true;
      }
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof http.Server.prototype.emit;
}

export function requestsInFlight() {
  return inFlight.size;
}

/** Stops accepting, waits for the requests in flight (at most `timeoutMs`); true if all finished. */
export async function drainRequests(timeoutMs = 10_000): Promise<boolean> {
  draining = true;
  for (const s of servers) {
    s.close();
    s.closeIdleConnections();
  }
  for (const res of inFlight) res.shouldKeepAlive = false;
  const deadline = Date.now() + timeoutMs;
  while (inFlight.size > 0 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    for (const s of servers) s.closeIdleConnections();
  }
  return inFlight.size === 0;
}
