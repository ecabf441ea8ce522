import { BlockList, isIP } from 'node:net';

/** Which forwarding proxies in front of the app may say who the client is (TRUSTED_PROXIES). */
export type TrustedProxies = { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'cidrs'; list: BlockList; text: string[] };

/**
 * TRUSTED_PROXIES: empty or 0 — nobody, X-Forwarded-For is ignored; a number N — exactly N proxies
 * stand in front of the app (the client is the address N hops back); otherwise a comma-separated
 * list of addresses or CIDR ranges of the proxies (the client is the nearest address outside them).
 * Throws a message naming the bad entry.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const v = (value ?? '').trim();
  if (!v || v === '0') return { kind: 'none' };
  if (/^\d+$/.test(v)) return { kind: 'hops', hops: Number(v) };
  const list = new BlockList();
  const text: string[] = [];
  for (const entry of v.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [addr, prefixText] = entry.split('/');
    const type = isIP(addr);
    if (!type) throw new Error(`"${entry}" is neither a number of proxies nor an IP address or CIDR range.`);
    const family = type === 4 ? 'ipv4' : 'ipv6';
    const max = type === 4 ? 32 : 128;
    const prefix = prefixText === undefined ? max : Number(prefixText);
    if (!Number.isInteger(prefix) || prefix < 0 || prefix > max) throw new Error(`"${entry}" has an invalid prefix length.`);
    list.addSubnet(addr, prefix, family);
    text.push(entry);
  }
  return { kind: 'cidrs', list, text };
}

/** "::ffff:203.0.113.7" (an IPv4 client on a dual-stack socket) is 203.0.113.7. */
function normalise(addr: string): string {
  const a = addr.trim().replace(/^\[|\]$/g, '');
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(a) ? a.slice(7) : a;
}

function inList(list: BlockList, addr: string): boolean {
  const type = isIP(addr);
  return type !== 0 && list.check(addr, type === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The client's address: the connection's own (peer) unless trusted proxies forwarded it. Entries
 * of X-Forwarded-For are read from the right, because a client can write anything on the left.
 * Without the peer (a server not started by scripts/serve.mjs) nothing can be trusted: null.
 */
export function resolveClientAddress(opts: { peer: string | null; forwardedFor: string | null; trusted: TrustedProxies }): string | null {
  if (!opts.peer) return null;
  const peer = normalise(opts.peer);
  if (opts.trusted.kind === 'none') return peer;
  const forwarded = (opts.forwardedFor ?? '').split(',').map(normalise).filter((a) => isIP(a) !== 0);
  const chain = [...forwarded, peer];
  if (opts.trusted.kind === 'hops') return chain[Math.max(0, chain.length - 1 - opts.trusted.hops)];
  for (let i = chain.length - 1; i >= 0; i--) if (!inList(opts.trusted.list, chain[i])) return chain[i];
  return chain[0];
}
