import Link from 'next/link';
import { notFound } from 'next/navigation';
import { canGlobal } from '@/lib/access';
import { requireUser } from '@/lib/auth/session';
import { listHsrTables } from '@/lib/reviews/save-hsr-table';
import { HsrTableForm } from '../_components/hsr-table-form';

export const metadata = { title: 'HSR table' };

const text = (v: number | string | null) => (v === null ? '' : typeof v === 'number' ? v.toLocaleString('en-US') : v);

/** /admin/hsr-tables/2026 corrects a year; /admin/hsr-tables/new starts from the latest table. */
export default async function HsrTablePage({ params }: { params: Promise<{ year: string }> }) {
  const user = await requireUser();
  if (!canGlobal(user, 'manage-catalogues')) notFound();
  const { year } = await params;
  const tables = await listHsrTables({ actor: user });
  const isNew = year === 'new';
  const base = isNew ? tables.at(-1) : tables.find((t) => String(t.year) === year);
  if (!base && !isNew) notFound();
  const initial = {
    year: isNew ? (base ? base.year + 1 : new Date().getUTCFullYear()) : base!.year,
    effectiveFrom: isNew ? '' : base!.effectiveFrom,
    source: isNew ? '' : base!.source,
    sizeOfTransactionUsd: text(base?.sizeOfTransactionUsd ?? null),
    sizeOfPersonSmallerUsd: text(base?.sizeOfPerson.smallerUsd ?? null),
    sizeOfPersonLargerUsd: text(base?.sizeOfPerson.largerUsd ?? null),
    noSizeOfPersonAboveUsd: text(base?.noSizeOfPersonAboveUsd ?? null),
    // A new year starts from last year's figures, all unverified until checked.
    feeTiers: (base?.feeTiers ?? [{ tier: 1, fromUsd: 0, belowUsd: 'none' as const, feeUsd: null, verified: false }]).map((t) => ({
      fromUsd: text(t.fromUsd),
      belowUsd: text(t.belowUsd),
      feeUsd: text(t.feeUsd),
      verified: isNew ? false : t.verified,
    })),
    version: isNew ? null : base!.version,
  };
  return (
    <>
      <p className="muted" style={{ margin: 0 }}>
        <Link href="/admin/hsr-tables">HSR tables</Link>
      </p>
      <h1>{isNew ? 'New HSR table' : `HSR table ${year}`}</h1>
      {isNew && base ? <p className="warning">Prefilled with the {base.year} figures: replace them with the new notice’s figures and mark each tier verified once checked.</p> : null}
      <HsrTableForm initial={initial} isNew={isNew} />
    </>
  );
}
