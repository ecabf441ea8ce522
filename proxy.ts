import { NextResponse, type NextRequest } from 'next/server';

// Sends visitors without a session cookie to sign-in, and nothing more: it does not decrypt the
// cookie. Every page, action and download reads the session and the user's row from the database
// itself (lib/auth/session.ts), so a forged, expired or revoked cookie gets no further than it would
// without this proxy; decrypting here too cost a second JWE decode (and a re-encoded cookie) on every
// request.
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export default function proxy(request: NextRequest) {
  if (request.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name) && c.value)) return NextResponse.next();
  const signIn = new URL('/sign-in', request.nextUrl.origin);
  signIn.searchParams.set('callbackUrl', request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: ['/((?!api/auth|api/feeds|api/health|sign-in|_next/static|_next/image|favicon.ico|fonts/).*)'],
};
