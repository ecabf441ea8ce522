import Link from 'next/link';
import type { SessionUser } from '@/lib/access';
import { listUpcomingDeadlines } from '@/lib/reviews/list-upcoming-deadlines';
import { remaining, shortDate } from './format';

// Shared with the home page and the case list (they import from here so the reviews feature keeps
// its rendering in one place).

/** Home page: what is overdue and what falls due in the next 30 days, across the user's cases. */
export async function UpcomingDeadlines({ user }: { user: SessionUser }) {
  const { upcoming, overdue, problems } = await listUpcomingDeadlines({ actor: user, withinDays: 30 });
  const rows = [...overdue, ...upcoming];
  return (
    <section className="card" aria-labelledby="deadlines">
      <h2 id="deadlines">Deadlines: overdue and next 30 days</h2>
      {rows.length === 0 ? (
        <p className="muted">Nothing overdue and nothing due in the next 30 days in your cases.</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Deadline</th>
              <th scope="col">Case</th>
              <th scope="col">Authority</th>
              <th scope="col">Remaining</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={`${d.reviewId}-${d.key}`}>
                <td style={{ whiteSpace: 'nowrap' }}>{shortDate(d.date!)}</td>
                <td>
                  {d.label}
                  {d.endsAt ? <div className="muted" style={{ fontSize: '0.85rem' }}>ends {d.endsAt.description.split(' on ')[0]}</div> : null}
                </td>
                <td>
                  <Link href={`/cases/${d.caseId}/reviews`}>{d.caseName}</Link>
                </td>
                <td>{d.authorityTitle}</td>
                <td>{d.state === 'overdue' ? <span className="badge danger">{remaining(d)}</span> : remaining(d)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {problems.length ? (
        <div className="warning" role="status" style={{ marginTop: '0.8rem' }}>
          <strong>Some deadlines cannot be computed:</strong>
          <ul style={{ margin: '0.3rem 0 0' }}>
            {problems.map((p) => (
              <li key={p.reviewId}>
                <Link href={`/cases/${p.caseId}/reviews`}>{p.caseName}</Link> ({p.authorityTitle}): {p.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

/** Case list cell: the case's next open deadline (or the overdue one). */
export function NextDeadlineCell({ next, problem }: { next?: { date: string; label: string; authorityTitle: string; daysRemaining: number; overdue: boolean }; problem?: boolean }) {
  if (!next) return problem ? <span className="badge warn">Cannot compute</span> : <span className="muted">—</span>;
  return (
    <>
      <span style={{ whiteSpace: 'nowrap' }}>{shortDate(next.date)}</span>
      {next.overdue ? <span className="badge danger"> overdue</span> : null}
      <div className="muted" style={{ fontSize: '0.85rem' }}>
        {next.label} · {next.authorityTitle}
      </div>
    </>
  );
}
