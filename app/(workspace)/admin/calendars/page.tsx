import Link from 'next/link';
import { notFound } from 'next/navigation';
import { canGlobal } from '@/lib/access';
import { requireUser } from '@/lib/auth/session';
import { euCalendarOutlook } from '@/lib/calendars/calendar-outlook';
import { listCalendarYears } from '@/lib/calendars/list-calendar-years';
import { US_FEDERAL_FIRST_YEAR, US_FEDERAL_LAST_YEAR } from '@/lib/deadlines';
import { todayFor } from '@/lib/reviews/today';
import { YearPicker } from './_components/year-picker';
import { parseSearchParams, searchText, type RawSearchParams } from '@/lib/core/search-params';

export const metadata = { title: 'Holiday calendars' };

export default async function CalendarsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireUser();
  if (!canGlobal(user, 'manage-catalogues')) notFound();
  const [years, raw, outlook] = await Promise.all([listCalendarYears({ actor: user }), searchParams, euCalendarOutlook({ actor: user, today: todayFor('eu-commission') })]);
  const sp = parseSearchParams({ saved: searchText(60), recomputed: searchText(9) }, raw);
  const eu = years.filter((y) => y.kind === 'eu-commission');
  const us = years.filter((y) => y.kind === 'us-federal');
  const nextEu = eu.length ? Math.max(...eu.map((y) => y.year)) + 1 : Number(todayFor('eu-commission').slice(0, 4));
  const recomputed = sp.recomputed === undefined ? null : Number(sp.recomputed);
  const thisYear = Number(todayFor('us-hsr').slice(0, 4));
  return (
    <>
      <div className="row">
        <h1>Holiday calendars</h1>
        <span className="spacer" />
        <Link href="/admin/hsr-tables">HSR thresholds and fees</Link>
      </div>
      <p className="muted">
        Every deadline is computed from these calendars. A year missing here makes the deadlines that need it say so, naming the year, instead of guessing.
      </p>
      {sp.saved ? (
        <p className="notice" role="status">
          Saved {sp.saved.replace(/^(eu-commission|us-federal)-/, (m) => (m.startsWith('eu') ? 'Commission calendar ' : 'U.S. calendar '))}. Deadlines use it from now on
          {recomputed !== null && Number.isInteger(recomputed)
            ? recomputed === 0
              ? '; no open deadline changed.'
              : `; ${recomputed} open ${recomputed === 1 ? 'deadline was' : 'deadlines were'} recomputed (see each case's activity).`
            : '.'}
        </p>
      ) : null}

      <section className="card" aria-labelledby="eu">
        <h2 id="eu">European Commission (Brussels)</h2>
        <p className="muted">Working days under IR (EU) 2023/914 Art. 24 exclude weekends and these days. Published in the Official Journal before each year.</p>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col" className="num">Holidays</th>
              <th scope="col">Source</th>
              <th scope="col">Status</th>
              <th scope="col">Last changed</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {eu.map((y) => (
              <tr key={y.id}>
                <th scope="row">{y.year}</th>
                <td className="num">{y.holidays.length}</td>
                <td>
                  {y.source}
                  {y.note ? <div className="muted" style={{ fontSize: '0.85rem' }}>{y.note}</div> : null}
                </td>
                <td>{y.verified ? <span className="badge ok">Verified</span> : <span className="badge warn">Unverified</span>}</td>
                <td style={{ whiteSpace: 'nowrap' }}>
                  {y.updatedAt.toISOString().slice(0, 10)}
                  <div className="muted" style={{ fontSize: '0.85rem' }}>{y.updatedByName ?? 'seed'}</div>
                </td>
                <td>
                  <Link className="button" href={`/admin/calendars/eu-commission/${y.year}`} aria-label={`Edit ${y.year} Commission calendar`}>
                    Edit
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>Provisional years</h3>
        {outlook.provisional.length ? (
          <>
            <p className="muted">
              Until the Commission publishes a year, deadlines reaching into it use a provisional list derived from the official {outlook.derivedFrom.join(', ')} lists
              and are marked provisional on the page, in the trace, in PDFs and in calendar feeds. Rules found: {outlook.rules.join('; ')}.
            </p>
            <table className="data" aria-label="Provisional Commission years">
              <thead>
                <tr>
                  <th scope="col">Year</th>
                  <th scope="col" className="num">Holidays (weekdays)</th>
                  <th scope="col">Note</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {outlook.provisional.map((y) => (
                  <tr key={y.year}>
                    <th scope="row">
                      {y.year} <span className="badge warn">Provisional</span>
                    </th>
                    <td className="num">{y.holidays.length}</td>
                    <td className="muted" style={{ fontSize: '0.85rem' }}>
                      {y.note}
                    </td>
                    <td>
                      <Link className="button" href={`/admin/calendars/eu-commission/${y.year}`} aria-label={`Enter or confirm the official ${y.year} list`}>
                        Enter official list
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : (
          <p className="muted">No provisional years: at least two official years are needed to derive the rules.</p>
        )}
        <YearPicker kind="eu-commission" label="Add or open a Commission year" defaultYear={nextEu} button="Open year" />
      </section>
      <section className="card" aria-labelledby="us">
        <h2 id="us">U.S. federal (HSR business days)</h2>
        <p className="muted">
          Generated from 5 U.S.C. 6103 for {US_FEDERAL_FIRST_YEAR}–{US_FEDERAL_LAST_YEAR}, with the observed-day rule. Store a correction for a year only
          when the agencies closed on another day (e.g. a national day of mourning).
        </p>
        {us.length ? (
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Corrected year</th>
                <th scope="col" className="num">Holidays</th>
                <th scope="col">Source</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {us.map((y) => (
                <tr key={y.id}>
                  <th scope="row">{y.year}</th>
                  <td className="num">{y.holidays.length}</td>
                  <td>{y.source}</td>
                  <td>
                    <Link className="button" href={`/admin/calendars/us-federal/${y.year}`}>
                      Edit
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>No corrections: every year uses the generated list.</p>
        )}
        <YearPicker kind="us-federal" label="Review or correct a U.S. year" defaultYear={thisYear} button="Open year" />
      </section>
    </>
  );
}
