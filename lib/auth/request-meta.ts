import { env } from '@/lib/env';
import { parseTrustedProxies, resolveClientAddress } from './client-address';
import { PEER_ADDRESS_HEADER } from './request-path';

export { REQUEST_PATH_HEADER } from './request-path';

const trusted = parseTrustedProxies(env.TRUSTED_PROXIES);

/**
 * The client's address and user agent, for the audit trail and sign-in throttling. The address is
 * the connection's own unless TRUSTED_PROXIES says which forwarding proxies to believe: by default
 * X-Forwarded-For is ignored, so a client cannot write its own address into the trail.
 */
export function clientMeta(h?: Headers | null): { ip: string | null; userAgent: string | null } {
  if (!h) return { ip: null, userAgent: null };
  const peer = env.PEER_ADDRESS_FROM_SERVER ? h.get(PEER_ADDRESS_HEADER) : null;
  const ip = resolveClientAddress({ peer: peer || null, forwardedFor: h.get('x-forwarded-for'), trusted });
  return { ip, userAgent: h.get('user-agent')?.slice(0, 300) ?? null };
}
