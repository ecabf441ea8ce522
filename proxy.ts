import { NextResponse, type NextRequest } from 'next/server';
import { REQUEST_PATH_HEADER } from './lib/auth/request-path';

// Sends visitors without a session cookie to sign-in, and nothing more: it does not decrypt the
// cookie. Every page, action and download reads the session and the user's row from the database
// itself (lib/auth/session.ts), so a forged, expired or revoked cookie gets no further than it would
// without this proxy; decrypting here too cost a second JWE decode (and a re-encoded cookie) on every
// request.
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/** Where to come back to after signing in: the page, without the router's cache-busting parameter. */
function returnPath(url: NextRequest['nextUrl']): string {
  if (!url.searchParams.has('_rsc')) return url.pathname + url.search;
  const params = new URLSearchParams(url.search);
  params.delete('_rsc');
  const search = params.toString();
  return search ? `${url.pathname}?${search}` : url.pathname;
}

export default function proxy(request: NextRequest) {
  if (request.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name) && c.value)) {
    const headers = new Headers(request.headers);
    headers.set(REQUEST_PATH_HEADER, returnPath(request.nextUrl)); // overwrites any the client sent
    return NextResponse.next({ request: { headers } });
  }
  const signIn = new URL('/sign-in', request.nextUrl.origin);
  signIn.searchParams.set('callbackUrl', returnPath(request.nextUrl));
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: ['/((?!api/auth|api/feeds|api/health|sign-in|_next/static|_next/image|favicon.ico|fonts/).*)'],
};
