import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authConfig } from './auth.config';
import { checkCredentials } from './check-credentials';
import { signInSchema } from './schemas';
import { clientMeta } from './request-meta';

export class ThrottledSignIn extends CredentialsSignin {
  code = 'throttled';
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
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
        return null;
      },
    }),
  ],
});
