import type { NextAuthConfig } from 'next-auth';

// The database-free half of the configuration (pages, token shape). lib/auth/index.ts adds the
// providers, the session lifetime and the server-side session checks.
export const authConfig = {
  trustHost: true,
  pages: { signIn: '/sign-in' },
  session: { strategy: 'jwt' },
  providers: [],
  callbacks: {
    session({ session, token }) {
      // Only what a client could need; the app itself reads the session row (lib/auth/session.ts).
      return Object.assign(session, { userId: token.sub });
    },
  },
} satisfies NextAuthConfig;
