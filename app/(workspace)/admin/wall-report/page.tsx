import Link from 'next/link';
import { notFound } from 'next/navigation';
import { canGlobal } from '@/lib/access';
import { requireUser } from '@/lib/auth/session';
import { wallReport } from '@/lib/wall/wall-report';

export const metadata = { title: 'Ethical wall report' };

const utc = (d: Date) => d.toISOString().replace('T', ' ').slice(0, 16);

export default async function WallReportPage() {
  const user = await requireUser();
  if (!canGlobal(user, 'read-all-audit')) notFound();
  const rows = await wallReport({ actor: user });
  return (
    <>
      <h1>Ethical wall report</h1>
      <p className="muted">
        Every refused access to a case — a case page or download answered “not found” to someone outside its wall, or an action their role does not
        allow — counted by user and case. Repeats within the same hour are counted, not listed.
      </p>
      <p>
        <Link href="/api/admin/wall-report">Download as CSV</Link>
      </p>
      {rows.length === 0 ? (
        <p role="status">No attempt to cross an ethical wall has been recorded.</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">User</th>
              <th scope="col">Case</th>
              <th scope="col">Refused requests</th>
              <th scope="col">Hours with attempts</th>
              <th scope="col">First (UTC)</th>
              <th scope="col">Last (UTC)</th>
              <th scope="col">Last asked to</th>
              <th scope="col">Last address</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.userEmail}-${r.caseId}`}>
                <td>
                  {r.userName} <span className="muted">{r.userEmail} · {r.userRole}</span>
                </td>
                <td>
                  <Link href={`/cases/${r.caseId}`}>{r.caseCodename}</Link>
                </td>
                <td>{r.attempts}</td>
                <td>{r.hours}</td>
                <td>{utc(r.firstAt)}</td>
                <td>{utc(r.lastAt)}</td>
                <td>{r.lastAbility}</td>
                <td>{r.lastIp ?? 'unknown'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
