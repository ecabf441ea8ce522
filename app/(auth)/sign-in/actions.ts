'use server';

import { AuthError } from 'next-auth';
import { signIn } from '@/lib/auth';
import { signInSchema } from '@/lib/auth/schemas';
import { zodFieldErrors, type ActionResult } from '@/lib/core/action-result';

export async function signInAction(input: unknown, callbackUrl?: string): Promise<ActionResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: 'Check the highlighted fields.', fieldErrors: zodFieldErrors(parsed.error) };
  const redirectTo = callbackUrl && callbackUrl.startsWith('/') && !callbackUrl.startsWith('//') ? callbackUrl : '/home';
  try {
    await signIn('credentials', { ...parsed.data, redirectTo });
    return { ok: true, data: undefined };
  } catch (err) {
    if (err instanceof AuthError) {
      const code = (err as AuthError & { code?: string }).code;
      if (code === 'mfa-required') return { ok: false, message: 'Enter the code from your authenticator app.', fieldErrors: { code: 'Enter the 6-digit code, or a recovery code.' } };
      if (code === 'mfa-invalid') return { ok: false, message: 'That code is not correct.', fieldErrors: { code: 'Use the current code from your authenticator app, or an unused recovery code.' } };
      const throttled = code === 'throttled';
      return {
        ok: false,
        message: throttled
          ? 'Too many failed sign-in attempts for this account. Wait a few minutes and try again, or ask an administrator to unlock it.'
          : 'The email or password is not correct.',
      };
    }
    throw err; // the successful sign-in's redirect travels as an exception
  }
}
