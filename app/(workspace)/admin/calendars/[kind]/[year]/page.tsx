import Link from 'next/link';
import { notFound } from 'next/navigation';
import { canGlobal } from '@/lib/access';
import { requireUser } from '@/lib/auth/session';
import { getCalendarYear } from '@/lib/calendars/list-calendar-years';
import { CALENDAR_KINDS, CALENDAR_KIND_LABELS, holidaysToText, type CalendarKindValue } from '@/lib/calendars/schemas';
import { NotFoundError } from '@/lib/core/errors';
import { CalendarYearForm } from '../../_components/calendar-year-form';

export const metadata = { title: 'Holiday calendar year' };

export default async function CalendarYearPage({ params }: { params: Promise<{ kind: string; year: string }> }) {
  const user = await requireUser();
  if (!canGlobal(user, 'manage-catalogues')) notFound();
  const { kind, year: yearText } = await params;
  const year = Number(yearText);
  if (!(CALENDAR_KINDS as readonly string[]).includes(kind) || !/^\d{4}$/.test(yearText) || year < 1990 || year > 2100) notFound();
  const calendarKind = kind as CalendarKindValue;
  let data: Awaited<ReturnType<typeof getCalendarYear>> | null = null;
  try {
    data = await getCalendarYear({ actor: user, kind, year });
  } catch (err) {
    if (!(err instanceof NotFoundError)) throw err;
  }
  const title = `${CALENDAR_KIND_LABELS[calendarKind]} — ${year}`;
  return (
    <>
      <p className="muted" style={{ margin: 0 }}>
        <Link href="/admin/calendars">Holiday calendars</Link>
      </p>
      <h1>{title}</h1>
      {data?.stored ? (
        <p className="muted">
          Version {data.version}, last changed {data.updatedAt.toISOString().replace('T', ' ').slice(0, 16)} UTC by {data.updatedByName ?? 'the seed'}. Saving
          changes every deadline computed from this year.
        </p>
      ) : data?.provisional ? (
        <p className="warning" data-provisional-year={year}>
          Provisional: the {year} calendar is not yet published. The list below is derived from the official years&apos; rules (fixed dates, Easter-relative days,
          end-of-year closure) and deadlines reaching into {year} use it, marked provisional. Check it against the Commission&apos;s decision in the Official
          Journal, correct it, name the publication as the source and save: it then becomes the official list and every deadline depending on it is recomputed.
        </p>
      ) : calendarKind === 'us-federal' ? (
        <p className="muted">This year is generated from 5 U.S.C. 6103. Saving stores a correction (e.g. an ad hoc closure) that replaces the generated list.</p>
      ) : (
        <p className="warning">
          No Commission calendar for {year} yet: deadlines reaching into {year} cannot be computed until it is added.
        </p>
      )}
      <CalendarYearForm
        stored={!!data?.stored}
        provisional={!!data?.provisional}
        yearFixed={!!data}
        initial={{
          kind: calendarKind,
          year,
          source: data?.source ?? '',
          verified: data?.verified ?? false,
          note: data?.note ?? '',
          holidays: data ? holidaysToText(data.holidays) : '',
          version: data?.stored ? data.version : null,
        }}
      />
    </>
  );
}
