import Link from 'next/link';
import type { SessionUser } from '@/lib/auth/permissions';
import { countUnread } from '@/lib/notifications/list-notifications';

/** "Notifications" in the top bar with the unread count, spelled out for screen readers. */
export async function NotificationsNavLink({ user }: { user: SessionUser }) {
  const unread = await countUnread({ actor: user });
  return (
    <Link href="/notifications" aria-label={unread ? `Notifications, ${unread} unread` : 'Notifications'}>
      Notifications
      {unread ? (
        <span aria-hidden="true" style={{ marginLeft: '0.35rem', background: '#ffbf47', color: '#14233a', borderRadius: '999px', padding: '0 0.45rem', fontSize: '0.8rem', fontWeight: 700 }}>
          {unread}
        </span>
      ) : null}
    </Link>
  );
}
