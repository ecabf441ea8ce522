import { notFound } from 'next/navigation';
import { AuditTable } from '@/app/_components/audit-table';
import { verifyAuditChainFor } from '@/lib/audit/verify-chain-for';
import { AUDIT_FILTER_SHAPE, listAuditEvents } from '@/lib/audit/list-events';
import { parseSearchParams, searchFlag, type RawSearchParams } from '@/lib/core/search-params';
import { canGlobal } from '@/lib/access';
import { requireUser } from '@/lib/auth/session';

export const metadata = { title: 'Audit trail' };

export default async function AdminAuditPage(props: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireUser();
  if (!canGlobal(user, 'read-all-audit')) notFound();
  const sp = await props.searchParams;
  const { before, ...filter } = parseSearchParams(AUDIT_FILTER_SHAPE, sp);
  const rows = await listAuditEvents({ actor: user, filter: { ...filter, before } });
  const chain = parseSearchParams({ verify: searchFlag }, sp).verify ? await verifyAuditChainFor({ actor: user }) : null;
  return (
    <>
      <h1>Audit trail</h1>
      <div className="card">
        <p>Every event is chained to the one before it by SHA-256; the database refuses updates and deletes.</p>
        <form method="get">
          <input type="hidden" name="verify" value="1" />
          <button type="submit">Verify the whole chain now</button>
        </form>
        {chain ? (
          chain.ok ? (
            <p className="notice" role="status">
              Chain intact: {chain.count.toLocaleString('en-US')} events. Head hash <span className="mono">{chain.headHash}</span>
            </p>
          ) : (
            <p className="form-error" role="alert">
              Chain broken at event #{chain.brokenAt}: {chain.reason}. {chain.count.toLocaleString('en-US')} events before it verified.
            </p>
          )
        ) : null}
      </div>
      <AuditTable rows={rows} filter={filter} basePath="/admin/audit" showCase />
    </>
  );
}
