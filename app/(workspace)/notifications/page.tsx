import Link from 'next/link';
import { requireUser } from '@/lib/auth/session';
import { listNotifications } from '@/lib/notifications/list-notifications';
import { NOTIFICATION_KIND_LABELS } from '@/lib/notifications/schemas';
import { MarkAllReadButton, MarkReadButton } from './_components/read-buttons';

export const metadata = { title: 'Notifications' };

export default async function NotificationsPage() {
  const user = await requireUser();
  const rows = await listNotifications({ actor: user });
  const unread = rows.filter((r) => !r.readAt).length;
  return (
    <>
      <div className="row" style={{ alignItems: 'center' }}>
        <h1 style={{ flex: 1 }}>Notifications</h1>
        {unread ? <MarkAllReadButton /> : null}
      </div>
      <p className="muted">{unread ? `${unread} unread.` : 'All caught up.'}</p>
      {rows.length === 0 ? (
        <p className="muted">Nothing yet. You are notified when mentioned, asked to review, when your items are approved or sent back, when an approval you gave lapses, and when your items are overdue.</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">Item</th>
              <th scope="col">Case</th>
              <th scope="col">When (UTC)</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((n) => {
              const label = NOTIFICATION_KIND_LABELS[n.kind];
              const href = n.itemId && n.checklistId ? `/cases/${n.caseId}/checklists/${n.checklistId}/items/${n.itemId}` : `/cases/${n.caseId}`;
              return (
                <tr key={n.id} style={n.readAt ? { color: 'var(--muted)' } : { fontWeight: 600 }}>
                  <td>
                    {n.readAt ? null : <span className="sr-only">Unread: </span>}
                    {label}
                    {n.actorName ? <div className="muted" style={{ fontWeight: 400 }}>by {n.actorName}</div> : null}
                  </td>
                  <td style={{ fontWeight: 400 }}>
                    <Link href={href}>{n.itemTitle ?? 'Open'}</Link>
                    {(n.kind === 'mentioned' || n.kind === 'approval-lapsed' || n.kind === 'changes-requested') && n.excerpt ? <div className="muted" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>“{n.excerpt}”</div> : null}
                  </td>
                  <td style={{ fontWeight: 400 }}>{n.caseName}</td>
                  <td style={{ fontWeight: 400 }}>{n.createdAt.toISOString().replace('T', ' ').slice(0, 16)}</td>
                  <td>{n.readAt ? <span className="muted">read</span> : <MarkReadButton id={n.id} label={`${label}, ${n.itemTitle ?? ''}`} />}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
