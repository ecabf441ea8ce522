/** Set by the proxy on every page request: the path and query, so that a session found ended can send the user back. */
export const REQUEST_PATH_HEADER = 'x-merger-request-path';

/** The client's IP (first hop of X-Forwarded-For when behind a proxy) and user agent, for the audit trail. */
export function clientMeta(h?: Headers | null): { ip: string | null; userAgent: string | null } {
  if (!h) return { ip: null, userAgent: null };
  const fwd = h.get('x-forwarded-for');
  const ip = (fwd ? fwd.split(',')[0] : h.get('x-real-ip'))?.trim() || null;
  return { ip, userAgent: h.get('user-agent')?.slice(0, 300) ?? null };
}
