import Link from 'next/link';
import { DEAL_TYPE_LABELS, PARTY_ROLE_LABELS } from '@/lib/cases/schemas';
import { ROLE_LABELS } from '@/lib/auth/schemas';
import { formatValueRange } from '@/lib/format';
import { loadCase } from './load-case';
import { PartiesEditor } from './_components/parties-editor';
import { MembersEditor } from './_components/members-editor';
import { ArchiveButton } from './_components/archive-button';

export default async function CaseOverview({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const { detail } = await loadCase(caseId);
  const { case: c, parties, members, permissions } = detail;
  return (
    <>
      <section className="card" aria-labelledby="details">
        <div className="row">
          <h2 id="details">Details</h2>
          <span className="spacer" />
          {permissions.edit ? (
            <Link className="button" href={`/cases/${c.id}/edit`}>
              Edit details
            </Link>
          ) : null}
          {permissions.archive ? <ArchiveButton caseId={c.id} archived={!!c.archivedAt} /> : null}
        </div>
        <dl className="facts">
          <dt>Deal type</dt>
          <dd>{DEAL_TYPE_LABELS[c.dealType]}</dd>
          <dt>Estimated value</dt>
          <dd>{formatValueRange(c.currency, c.valueLowM, c.valueHighM)}</dd>
          <dt>Long-stop date</dt>
          <dd>{c.longStopDate ?? '—'}</dd>
          <dt>Description</dt>
          <dd style={{ whiteSpace: 'pre-wrap' }}>{c.description || '—'}</dd>
          <dt>Last changed</dt>
          <dd>
            {c.updatedAt.toISOString().replace('T', ' ').slice(0, 16)} UTC by {c.updatedByName} (version {c.version})
          </dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="parties">
        <h2 id="parties">Parties</h2>
        <PartiesEditor caseId={c.id} parties={parties} editable={permissions.edit} roleLabels={PARTY_ROLE_LABELS} />
      </section>
      <section className="card" aria-labelledby="members">
        <h2 id="members">Members</h2>
        <p className="muted">Only members (and administrators) can see this case: membership is the ethical wall.</p>
        <MembersEditor
          caseId={c.id}
          members={members.map((m) => ({ ...m, roleLabel: ROLE_LABELS[m.role], addedAt: m.addedAt.toISOString().slice(0, 10) }))}
          editable={permissions.manageMembers}
        />
      </section>
    </>
  );
}
