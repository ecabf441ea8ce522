import { requireUser } from '@/lib/auth/session';
import { describeDevice } from '@/lib/auth/describe-device';
import { listSessions } from '@/lib/auth/sessions/list-sessions';
import { RevokeSessionButton, SignOutEverywhereButton } from './_components/session-actions';

export const metadata = { title: 'Your sessions' };

const utc = (d: Date) => d.toISOString().replace('T', ' ').slice(0, 16);

export default async function SessionsPage() {
  const user = await requireUser();
  const sessions = await listSessions({ actor: user });
  return (
    <>
      <h1>Your sessions</h1>
      <p className="muted">
        Every browser where you are signed in. If you do not recognise one, sign it out and change your password.
      </p>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Device</th>
            <th scope="col">IP address</th>
            <th scope="col">Signed in (UTC)</th>
            <th scope="col">Last seen (UTC)</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => {
            const device = describeDevice(s.userAgent);
            return (
              <tr key={s.id}>
                <td title={s.userAgent ?? undefined}>
                  {device} {s.current ? <span className="badge ok">This browser</span> : null}
                </td>
                <td>{s.lastIp ?? s.ip ?? 'unknown'}{s.ip && s.lastIp && s.ip !== s.lastIp ? ` (signed in from ${s.ip})` : ''}</td>
                <td>{utc(s.createdAt)}</td>
                <td>{utc(s.lastSeenAt)}</td>
                <td>{s.current ? <span className="muted">Use “Sign out” at the top</span> : <RevokeSessionButton sessionId={s.id} device={device} />}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <SignOutEverywhereButton />
    </>
  );
}
