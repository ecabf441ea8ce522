import { NextResponse, type NextRequest } from 'next/server';
import { env } from './lib/env';
import { parseTrustedProxies } from './lib/auth/client-address';
import { REQUEST_PATH_HEADER } from './lib/auth/request-path';
import { HSTS, newNonce, pageCsp, servedOverHttps } from './lib/http/security-headers';

// Two jobs, and nothing more. It sends visitors without a session cookie to sign-in: it does not
// decrypt the cookie. Every page, action and download reads the session and the user's row from
// the database itself (lib/auth/session.ts), so a forged, expired or revoked cookie gets no further
// than it would without this proxy; decrypting here too cost a second JWE decode (and a re-encoded
// cookie) on every request. And it gives every page its own CSP nonce (lib/http/security-headers.ts).
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;
// Reachable signed out: sign-in, next-auth's endpoints, calendar feeds (their token is the credential), health.
const PUBLIC = /^\/(sign-in|api\/auth|api\/feeds|api\/health)(\/|$)/;
const TRUSTS_PROXIES = parseTrustedProxies(env.TRUSTED_PROXIES).kind !== 'none';
const DEV = env.NODE_ENV === 'development';

/** Where to come back to after signing in: the page, without the router's cache-busting parameter. */
function returnPath(url: NextRequest['nextUrl']): string {
  if (!url.searchParams.has('_rsc')) return url.pathname + url.search;
  const params = new URLSearchParams(url.search);
  params.delete('_rsc');
  const search = params.toString();
  return search ? `${url.pathname}?${search}` : url.pathname;
}

function withHsts(request: NextRequest, response: NextResponse) {
  if (servedOverHttps({ authUrl: env.AUTH_URL, trustsProxies: TRUSTS_PROXIES, forwardedProto: request.headers.get('x-forwarded-proto') })) {
    response.headers.set('Strict-Transport-Security', HSTS);
  }
  return response;
}

/**
 * The largest request body anything here accepts (next.config.js: serverActions.bodySizeLimit and
 * proxyClientMaxBodySize, '30mb'). A larger declared body is refused with 413 before it is read
 * or parsed; past it, Next answered a bare 500 (or truncated the body silently).
 */
export const MAX_REQUEST_BYTES = 30 * 1024 * 1024;

function tooLarge(request: NextRequest) {
  const declared = Number(request.headers.get('content-length') ?? 0);
  return Number.isFinite(declared) && declared > MAX_REQUEST_BYTES;
}

export default function proxy(request: NextRequest) {
  if (tooLarge(request)) {
    const message = `This request is larger than the ${MAX_REQUEST_BYTES / 1024 / 1024} MB limit; nothing was saved. Split the file or upload a smaller one.`;
    return withHsts(request, NextResponse.json({ ok: false, message }, { status: 413, headers: { connection: 'close' } }));
  }
  const path = request.nextUrl.pathname;
  const signedIn = request.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name) && c.value);
  if (!signedIn && !PUBLIC.test(path)) {
    const signIn = new URL('/sign-in', request.nextUrl.origin);
    signIn.searchParams.set('callbackUrl', returnPath(request.nextUrl));
    return withHsts(request, NextResponse.redirect(signIn));
  }
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, returnPath(request.nextUrl)); // overwrites any the client sent
  // Route handlers (downloads, exports, feeds) set their own, stricter CSP: a page's would override it.
  if (path.startsWith('/api/')) return withHsts(request, NextResponse.next({ request: { headers } }));
  const csp = pageCsp(newNonce(), { dev: DEV });
  headers.set('Content-Security-Policy', csp); // Next reads the nonce from here for its own scripts
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  return withHsts(request, response);
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|fonts/).*)'],
};
