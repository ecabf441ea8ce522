import { requireUser } from '@/lib/auth/session';
import { listCases } from '@/lib/cases/list-cases';
import { getFeedStatus } from '@/lib/feeds/feed-token';
import { FeedControls } from './_components/feed-controls';

export const metadata = { title: 'Calendar feed' };

export default async function CalendarFeedPage() {
  const user = await requireUser();
  const [status, cases] = await Promise.all([getFeedStatus({ actor: user }), listCases({ actor: user })]);
  return (
    <>
      <h1>Calendar feed</h1>
      <div className="card" style={{ maxWidth: '52rem' }}>
        <p>
          Subscribe to your cases’ regulatory deadlines in Outlook, Google Calendar or Apple Calendar. The feed lists the computed deadlines (EU dates as
          all-day events, HSR waiting periods at 11:59 p.m. Eastern) and updates when events are recorded; it only ever shows cases you are a member of
          at the time your calendar fetches it.
        </p>
        <p>
          Status:{' '}
          {status.active ? <span className="badge ok">A feed address is active</span> : <span className="badge">No feed address</span>}
        </p>
        <FeedControls active={status.active} cases={cases.map((c) => ({ id: c.id, name: c.name, codename: c.codename }))} />
        <details style={{ marginTop: '1rem' }}>
          <summary>How to subscribe</summary>
          <ul>
            <li>Outlook: Add calendar → Subscribe from web → paste the address.</li>
            <li>Google Calendar: Other calendars → From URL → paste the address.</li>
            <li>Apple Calendar: File → New Calendar Subscription → paste the address.</li>
          </ul>
          <p className="muted">Events use codenames, not case names, because calendar services keep a copy.</p>
        </details>
      </div>
    </>
  );
}
