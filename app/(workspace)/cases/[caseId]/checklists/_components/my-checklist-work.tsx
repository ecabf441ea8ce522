import Link from 'next/link';
import type { SessionUser } from '@/lib/access';
import { listMyItems } from '@/lib/checklists/list-my-items';
import { StatusBadge } from './status-badge';

/** Home page: checklist items waiting for this user, as preparer or reviewer, across their cases. */
export async function MyChecklistWork({ user }: { user: SessionUser }) {
  const items = await listMyItems({ actor: user, limit: 12 });
  if (!items.length) return null;
  return (
    <section className="card" aria-labelledby="my-checklist-work">
      <h2 id="my-checklist-work">Your checklist items</h2>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Case</th>
            <th scope="col">Your part</th>
            <th scope="col">Due</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id}>
              <td>
                <Link href={`/cases/${i.caseId}/checklists/${i.checklistId}/items/${i.id}`}>{i.title}</Link>
              </td>
              <td>{i.caseName}</td>
              <td>{i.role === 'review' ? (i.reReview ? 'Re-review' : 'Review') : 'Prepare'}</td>
              <td style={i.overdue ? { color: 'var(--danger)', fontWeight: 600 } : undefined}>
                {i.dueDate ?? '—'}
                {i.overdue ? ' (overdue)' : ''}
              </td>
              <td>
                <StatusBadge status={i.status} notApplicable={i.notApplicable} reReview={i.reReview} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
