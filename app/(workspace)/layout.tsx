import Link from 'next/link';
import type { ReactNode } from 'react';
import { connection } from 'next/server';
import { requireUser } from '@/lib/auth/session';
import { ROLE_LABELS } from '@/lib/auth/schemas';
import { euCalendarNotice } from '@/lib/calendars/calendar-outlook';
import { todayFor } from '@/lib/reviews/today';
import { signOutAction } from './actions';
import { NotificationsNavLink } from './notifications/_components/nav-link';

export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  await connection();
  const user = await requireUser({ allowPasswordChange: true, allowMfaEnrolment: true });
  const calendarNotice = await euCalendarNotice({ actor: user, today: todayFor('eu-commission') });
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="topbar">
        <Link href="/home" className="brand">
          Merger Review
        </Link>
        <nav aria-label="Main">
          <Link href="/home">Home</Link>
          <Link href="/cases">Cases</Link>
          <Link href="/verify">Verify</Link>
          <NotificationsNavLink user={user} />
          {user.role === 'admin' ? (
            <>
              <Link href="/admin/users">Users</Link>
              <Link href="/admin/templates">Templates</Link>
              <Link href="/admin/audit">Audit trail</Link>
              <Link href="/admin/wall-report">Wall report</Link>
              <Link href="/admin/calendars">Calendars</Link>
              <Link href="/admin/accelerators">Accelerators</Link>
            </>
          ) : null}
        </nav>
        <div className="who">
          <span>
            {user.name} · {ROLE_LABELS[user.role]}
          </span>
          <Link href="/account/calendar">Calendar feed</Link>
          <Link href="/account/password">Password</Link>
          <Link href="/account/sessions">Sessions</Link>
          <Link href="/account/mfa">Two-step sign-in</Link>
          <form action={signOutAction}>
            <button type="submit" className="link">
              Sign out
            </button>
          </form>
        </div>
      </header>
      <main id="main" className="page">
        {calendarNotice ? (
          <p className="warning" data-calendar-notice>
            {calendarNotice} <Link href="/admin/calendars">Enter the official list</Link>
          </p>
        ) : null}
        {children}
      </main>
    </>
  );
}
