import Link from 'next/link';
import { notFound } from 'next/navigation';
import { canGlobal } from '@/lib/access';
import { requireUser } from '@/lib/auth/session';
import { formatUsd, formatUsdShort } from '@/lib/hsr';
import { listHsrTables } from '@/lib/reviews/save-hsr-table';
import { parseSearchParams, searchFlag, type RawSearchParams } from '@/lib/core/search-params';

export const metadata = { title: 'HSR tables' };

const bound = (v: number | string) => (typeof v === 'number' ? formatUsdShort(v) : v);

export default async function HsrTablesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireUser();
  if (!canGlobal(user, 'manage-catalogues')) notFound();
  const [tables, raw] = await Promise.all([listHsrTables({ actor: user }), searchParams]);
  const sp = parseSearchParams({ saved: searchFlag }, raw);
  return (
    <>
      <div className="row">
        <h1>HSR thresholds and filing fees</h1>
        <span className="spacer" />
        <Link className="button primary" href="/admin/hsr-tables/new">
          Add a year
        </Link>
      </div>
      <p className="muted">The HSR helper on each case uses these tables: the fee from the table in force at filing, reportability from the one in force at closing.</p>
      {sp.saved ? (
        <p className="notice" role="status">
          Saved. The HSR helper uses it from now on.
        </p>
      ) : null}
      {[...tables].reverse().map((t) => (
        <section key={t.year} className="card" aria-labelledby={`hsr-${t.year}`}>
          <div className="row">
            <h2 id={`hsr-${t.year}`}>
              {t.year} — in force from {t.effectiveFrom}
            </h2>
            <span className="spacer" />
            <Link className="button" href={`/admin/hsr-tables/${t.year}`}>
              Edit
            </Link>
          </div>
          <p className="muted">
            {t.source} · size of transaction {formatUsdShort(t.sizeOfTransactionUsd)} · size of person {formatUsdShort(t.sizeOfPerson.smallerUsd)} /{' '}
            {formatUsdShort(t.sizeOfPerson.largerUsd)} · no size-of-person test above {formatUsdShort(t.noSizeOfPersonAboveUsd)}
          </p>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Tier</th>
                <th scope="col">Value</th>
                <th scope="col" className="num">Fee</th>
              </tr>
            </thead>
            <tbody>
              {t.feeTiers.map((tier) => (
                <tr key={tier.tier}>
                  <th scope="row">{tier.tier}</th>
                  <td>
                    {bound(tier.fromUsd)} {tier.belowUsd === 'none' ? 'or more' : `to less than ${bound(tier.belowUsd)}`}
                  </td>
                  <td className="num">{tier.feeUsd !== null && tier.verified ? formatUsd(tier.feeUsd) : <span className="badge warn">Unverified</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}
