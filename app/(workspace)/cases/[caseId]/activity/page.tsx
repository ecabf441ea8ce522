import { AuditTable } from '@/app/_components/audit-table';
import { AUDIT_FILTER_SHAPE, listAuditEvents } from '@/lib/audit/list-events';
import { parseSearchParams, type RawSearchParams } from '@/lib/core/search-params';
import { loadCase } from '../load-case';

export default async function ActivityPage(props: { params: Promise<{ caseId: string }>; searchParams: Promise<RawSearchParams> }) {
  const { caseId } = await props.params;
  const { user } = await loadCase(caseId);
  const sp = await props.searchParams;
  const { before, ...filter } = parseSearchParams(AUDIT_FILTER_SHAPE, sp);
  const rows = await listAuditEvents({ actor: user, caseId, filter: { ...filter, before } });
  return (
    <section aria-labelledby="activity">
      <h2 id="activity">Activity</h2>
      <AuditTable rows={rows} filter={filter} basePath={`/cases/${caseId}/activity`} />
    </section>
  );
}
