import Link from 'next/link';
import { requireUser } from '@/lib/auth/session';
import { canGlobal } from '@/lib/access';
import { CASES_PAGE_SIZE, listCases } from '@/lib/cases/list-cases';
import { StampedCache } from '@/lib/stamped-cache';
import { nextDeadlineByCase } from '@/lib/reviews/list-upcoming-deadlines';
import { NextDeadlineCell } from './[caseId]/reviews/_components/upcoming-deadlines';
import { parseSearchParams, type RawSearchParams } from '@/lib/core/search-params';
import { CASE_STATUSES, CASE_STATUS_LABELS, DEAL_TYPE_LABELS, caseFilterShape } from '@/lib/cases/schemas';

export const metadata = { title: 'Cases' };

type ListPage = { fetched: Awaited<ReturnType<typeof listCases>>; deadlines: Awaited<ReturnType<typeof nextDeadlineByCase>> };

// Per user and filter, reloaded when any data changed and every hour: "today" at the FTC and in
// Brussels turns over on the hour (UTC), and the days remaining with it.
const recent = new StampedCache<ListPage>(500);

export default async function CasesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireUser();
  const filter = parseSearchParams(caseFilterShape, await searchParams);
  const key = JSON.stringify([user.id, filter.q, filter.status, filter.page, new Date().toISOString().slice(0, 13)]);
  const { fetched, deadlines } = await recent.get(key, user.dataStamp, async () => {
    const found = await listCases({ actor: user, filter, limit: CASES_PAGE_SIZE + 1, offset: (filter.page - 1) * CASES_PAGE_SIZE });
    const shown = found.slice(0, CASES_PAGE_SIZE).map((c) => c.id);
    return { fetched: found, deadlines: await nextDeadlineByCase({ actor: user, caseIds: shown }) };
  });
  const hasMore = fetched.length > CASES_PAGE_SIZE;
  const rows = fetched.slice(0, CASES_PAGE_SIZE);
  const pageHref = (page: number) => `/cases?${new URLSearchParams({ q: filter.q, status: filter.status, page: String(page) })}`;
  return (
    <>
      <div className="row">
        <h1>Cases</h1>
        <span className="spacer" />
        {canGlobal(user, 'create-case') ? (
          <Link href="/cases/new" className="button primary">
            New case
          </Link>
        ) : null}
      </div>
      <form className="row card" role="search" method="get">
        <div className="field">
          <label htmlFor="q">Search by name or codename</label>
          <input id="q" name="q" defaultValue={filter.q} />
        </div>
        <div className="field">
          <label htmlFor="status">Status</label>
          <select id="status" name="status" defaultValue={filter.status}>
            <option value="all">All open cases</option>
            {CASE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {CASE_STATUS_LABELS[s]}
              </option>
            ))}
            <option value="archived">Archived</option>
          </select>
        </div>
        <button type="submit" style={{ marginBottom: '0.8rem' }}>
          Filter
        </button>
      </form>
      {rows.length === 0 ? (
        <p className="muted">No cases match.</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Case</th>
              <th scope="col">Codename</th>
              <th scope="col">Deal type</th>
              <th scope="col">Status</th>
              <th scope="col">Next deadline</th>
              <th scope="col">Long-stop date</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link href={`/cases/${c.id}`}>{c.name}</Link>
                  {c.archivedAt ? <span className="badge"> archived</span> : null}
                </td>
                <td className="mono">{c.codename}</td>
                <td>{DEAL_TYPE_LABELS[c.dealType]}</td>
                <td>
                  <span className="badge">{CASE_STATUS_LABELS[c.status]}</span>
                </td>
                <td>
                  <NextDeadlineCell next={deadlines.next.get(c.id)} problem={deadlines.problemCases.has(c.id)} />
                </td>
                <td>{c.longStopDate ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {filter.page > 1 || hasMore ? (
        <nav className="row" aria-label="Pages of cases" style={{ marginTop: '0.8rem' }}>
          {filter.page > 1 ? <Link href={pageHref(filter.page - 1)}>← Newer cases</Link> : null}
          <span className="muted">
            Cases {(filter.page - 1) * CASES_PAGE_SIZE + 1}–{(filter.page - 1) * CASES_PAGE_SIZE + rows.length}
          </span>
          {hasMore ? <Link href={pageHref(filter.page + 1)}>Older cases →</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
