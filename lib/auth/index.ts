import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { headers } from 'next/headers';
import { authConfig } from './auth.config';
import { checkCredentials } from './check-credentials';
import { signInSchema } from './schemas';
import { clientMeta } from './request-meta';
import { sessionClaimsAccepted } from './session';
import { endSessionOnSignOut } from './sessions/end-sessions';
import { getSessionHours } from './session-hours';

export class ThrottledSignIn extends CredentialsSignin {
  code = 'throttled';
}
export class SecondFactorRequired extends CredentialsSignin {
  code = 'mfa-required';
}
export class SecondFactorInvalid extends CredentialsSignin {
  code = 'mfa-invalid';
}

async function requestMeta() {
  try {
    return clientMeta(await headers());
  } catch {
    return { ip: null, userAgent: null };
  }
}

// A function, not an object: the cookie's lifetime is the session lifetime an administrator set,
// read when next-auth issues or checks a cookie (sign-in, sign-out, its session endpoint) — never
// on the app's own per-request path, which reads the session row instead (session.ts).
export const { handlers, auth, signIn, signOut } = NextAuth(async () => ({
  ...authConfig,
  session: { strategy: 'jwt', maxAge: (await getSessionHours()) * 3600 },
  providers: [
    Credentials({
      credentials: { email: { label: 'Email' }, password: { label: 'Password', type: 'password' } },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const meta = clientMeta(request?.headers);
        const result = await checkCredentials({ ...parsed.data, ...meta });
        if (result.ok) return result.user;
        if (result.reason === 'throttled') throw new ThrottledSignIn();
        if (result.reason === 'mfa-required') throw new SecondFactorRequired();
        if (result.reason === 'mfa-invalid') throw new SecondFactorInvalid();
        return null;
      },
    }),
  ],
  callbacks: {
    ...authConfig.callbacks,
    async jwt({ token, user }) {
      if (user) {
        const u = user as { id: string; sessionId: string; sessionEpoch?: number };
        return { ...token, sub: u.id, sid: u.sessionId, epoch: u.sessionEpoch ?? 0 };
      }
      // next-auth's session endpoint: a token the app would refuse gets no session and its cookie cleared.
      return (await sessionClaimsAccepted(token)) ? token : null;
    },
  },
  events: {
    async signOut(message) {
      const token = 'token' in message ? message.token : null;
      if (typeof token?.sid === 'string' && typeof token.sub === 'string') {
        await endSessionOnSignOut({ sessionId: token.sid, userId: token.sub, ...(await requestMeta()) });
      }
    },
  },
}));
