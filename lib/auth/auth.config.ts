import type { NextAuthConfig } from 'next-auth';

// Edge-safe half of the configuration: the proxy uses it and must never open the database.
export const authConfig = {
  trustHost: true,
  pages: { signIn: '/sign-in' },
  session: { strategy: 'jwt', maxAge: 14 * 24 * 3600 },
  providers: [],
  callbacks: {
    authorized({ auth }) {
      return !!auth?.user;
    },
    jwt({ token, user }) {
      if (user) {
        const u = user as { id: string; sessionEpoch?: number };
        token.sub = u.id;
        token.epoch = u.sessionEpoch ?? 0;
        token.signedInAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      return Object.assign(session, { userId: token.sub, epoch: token.epoch as number, signedInAt: token.signedInAt as number });
    },
  },
} satisfies NextAuthConfig;
