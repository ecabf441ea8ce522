// PURE: the security headers of pages, built per request by the proxy (proxy.ts).

/**
 * The pages' Content-Security-Policy. Scripts run only with this request's nonce (Next.js puts it
 * on its own script tags when it finds it in the request's CSP header) or when loaded by such a
 * script ('strict-dynamic'): an injected inline script has no nonce and is blocked. Styles keep
 * 'unsafe-inline' because React writes style attributes; a style cannot run code.
 */
export function pageCsp(nonce: string, opts: { dev: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
}

/** A fresh, unguessable nonce: 16 random bytes, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Whether the app is served over https, so browsers should be told to insist on it: when AUTH_URL
 * says so, or when a proxy the app trusts (TRUSTED_PROXIES) says the request came over https. A
 * client's own X-Forwarded-Proto is not believed.
 */
export function servedOverHttps(opts: { authUrl: string | undefined; trustsProxies: boolean; forwardedProto: string | null }): boolean {
  if (opts.authUrl) return new URL(opts.authUrl).protocol === 'https:';
  if (!opts.trustsProxies || !opts.forwardedProto) return false;
  return opts.forwardedProto.split(',')[0].trim().toLowerCase() === 'https';
}
