import { requireUser } from '@/lib/auth/session';
import { getMfaStatus } from '@/lib/auth/mfa/manage-mfa';
import { MfaEnrol } from './_components/mfa-enrol';
import { MfaManage } from './_components/mfa-manage';

export const metadata = { title: 'Two-step sign-in' };

export default async function MfaPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireUser({ allowMfaEnrolment: true });
  const [status, sp] = await Promise.all([getMfaStatus({ actor: user }), searchParams]);
  return (
    <>
      <h1>Two-step sign-in</h1>
      {sp.required || user.mustEnrolMfa ? (
        <p className="warning" role="status">
          Your administrator requires two-step sign-in for your role. Set it up to continue.
        </p>
      ) : null}
      <div className="card" style={{ maxWidth: '40rem' }}>
        {status.enabledAt ? (
          <>
            <p>
              <span className="badge ok">On</span> since {status.enabledAt.toISOString().slice(0, 10)}. Signing in asks for a code from your authenticator
              app. Recovery codes left: {status.recoveryCodesLeft}.
            </p>
            <MfaManage canTurnOff={!status.required} />
          </>
        ) : (
          <MfaEnrol />
        )}
      </div>
    </>
  );
}
