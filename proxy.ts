import NextAuth from 'next-auth';
import { authConfig } from './lib/auth/auth.config';

// Only redirects anonymous visitors; every page, action and download checks permission itself.
const { auth } = NextAuth(authConfig);
export default auth;

export const config = {
  matcher: ['/((?!api/auth|api/feeds|api/health|sign-in|_next/static|_next/image|favicon.ico|fonts/).*)'],
};
