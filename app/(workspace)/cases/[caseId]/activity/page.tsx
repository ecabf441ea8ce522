import { AuditTable } from '@/app/_components/audit-table';
import { listAuditEvents } from '@/lib/audit/list-events';
import { loadCase } from '../load-case';

export default async function ActivityPage(props: { params: Promise<{ caseId: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { caseId } = await props.params;
  const { user } = await loadCase(caseId);
  const sp = await props.searchParams;
  const filter = { actor: sp.actor, action: sp.action, from: sp.from, to: sp.to };
  const before = sp.before && /^\d+$/.test(sp.before) ? Number(sp.before) : undefined;
  const rows = await listAuditEvents({ actor: user, caseId, filter: { ...filter, before } });
  return (
    <section aria-labelledby="activity">
      <h2 id="activity">Activity</h2>
      <AuditTable rows={rows} filter={filter} basePath={`/cases/${caseId}/activity`} />
    </section>
  );
}
