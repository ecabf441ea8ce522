import { requireUser } from '@/lib/auth/session';
import { ChangePasswordForm } from './_components/change-password-form';
import { parseSearchParams, searchFlag, type RawSearchParams } from '@/lib/core/search-params';

export const metadata = { title: 'Change password' };

export default async function PasswordPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireUser({ allowPasswordChange: true });
  const sp = parseSearchParams({ required: searchFlag }, await searchParams);
  return (
    <>
      <h1>Change your password</h1>
      {sp.required || user.mustChangePassword ? (
        <p className="warning" role="status">
          Your password was set by an administrator. Choose your own before you continue.
        </p>
      ) : null}
      <div className="card" style={{ maxWidth: '32rem' }}>
        <ChangePasswordForm />
      </div>
    </>
  );
}
