import Link from 'next/link';
import type { CurrentUser } from '@/lib/auth/session';
import { todayIso } from '@/lib/core/dates';
import { countUnread } from '@/lib/notifications/list-notifications';
import { StampedCache } from '@/lib/stamped-cache';

// On every page; reloaded when any data changed, and each day (items fall overdue by the date alone).
const recent = new StampedCache<number>(1000);

/** "Notifications" in the top bar with the unread count ("Notifications 3 unread" to screen readers). */
export async function NotificationsNavLink({ user }: { user: CurrentUser }) {
  const unread = await recent.get(`${user.id}|${todayIso()}`, user.dataStamp, () => countUnread({ actor: user }));
  return (
    // No aria-label: the name is the visible text plus " unread" for screen readers, so it
    // contains what sighted users see (axe: label-content-name-mismatch) and voice control works.
    <Link href="/notifications">
      Notifications
      {unread ? (
        <>
          {' '}
          <span style={{ marginLeft: '0.1rem', background: '#ffbf47', color: '#14233a', borderRadius: '999px', padding: '0 0.45rem', fontSize: '0.8rem', fontWeight: 700 }}>{unread}</span>
          <span className="sr-only"> unread</span>
        </>
      ) : null}
    </Link>
  );
}
