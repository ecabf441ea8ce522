import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AS_OPEN_MEMBER, can as may } from '@/lib/access';
import { getItem } from '@/lib/checklists/get-item';
import { env } from '@/lib/env';
import { NotFoundError } from '@/lib/core/errors';
import { loadCase } from '../../../../load-case';
import { RichText } from '../../../_components/rich-text';
import { StatusBadge } from '../../../_components/status-badge';
import { AssignmentForm } from './_components/assignment-form';
import { CommentThreads } from './_components/comment-threads';
import { ContentForm } from './_components/content-form';
import { EvidencePanel } from './_components/evidence-panel';
import { SinceApproval } from './_components/since-approval';
import { WorkflowPanel } from './_components/workflow-panel';
import styles from './item.module.css';

export const metadata = { title: 'Checklist item' };

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const when = (d: Date) => `${d.toISOString().replace('T', ' ').slice(0, 16)} UTC`;

export default async function ItemPage(props: { params: Promise<{ caseId: string; checklistId: string; itemId: string }> }) {
  const { caseId, checklistId, itemId } = await props.params;
  const { user } = await loadCase(caseId);
  const d = await getItem({ actor: user, caseId, checklistId, itemId }).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const { item, can } = d;
  const base = `/cases/${caseId}/checklists/${checklistId}`;
  return (
    <>
      <p className="muted" style={{ margin: 0 }}>
        <Link href={base}>← {d.checklistName}</Link> · {item.section}
      </p>
      <h2 style={{ marginTop: '0.4rem' }}>{item.title}</h2>
      <div className={styles.meta}>
        <StatusBadge status={item.status} notApplicable={item.notApplicable} reReview={item.reReview} />
        {item.reference ? <span>{item.reference}</span> : null}
        {item.isCustom ? <span className="badge">custom item</span> : null}
        {item.removedFromTemplateVersion ? <span className="badge">not in template v{item.removedFromTemplateVersion} (kept)</span> : null}
        <span>Preparer: {item.preparerName ?? 'unassigned'}</span>
        <span>Reviewer: {item.reviewerName ?? 'unassigned'}</span>
        <span className={item.overdue ? 'badge danger' : undefined}>Due: {item.dueDate ?? '—'}{item.overdue ? ' (overdue)' : ''}</span>
      </div>
      <div className={styles.layout} style={{ marginTop: '1rem' }}>
        <div>
          {item.guidance ? (
            <section className="card" aria-labelledby="guidance">
              <h3 id="guidance">Guidance</h3>
              <p className={styles.guidance}>{item.guidance}</p>
            </section>
          ) : null}
          {item.reReview && d.sinceApproval ? <SinceApproval {...d.sinceApproval} /> : null}
          <section className="card" aria-labelledby="answer">
            <h3 id="answer">Answer</h3>
            {can.edit ? (
              <ContentForm caseId={caseId} itemId={item.id} version={item.version} isCustom={item.isCustom} approved={item.status === 'approved'} initial={{ title: item.title, answer: item.answer, notApplicable: item.notApplicable, naReason: item.naReason }} />
            ) : (
              <>
                {item.notApplicable ? (
                  <p>
                    <strong>Not applicable:</strong> {item.naReason}
                  </p>
                ) : null}
                <div className={styles.answer}>{item.answer ? <RichText text={item.answer} /> : <span className="muted">No answer yet.</span>}</div>
              </>
            )}
            {item.lastEditedByName && item.lastEditedAt ? (
              <p className={styles.small}>
                Last changed by {item.lastEditedByName}, {when(item.lastEditedAt)}
              </p>
            ) : null}
          </section>
          <section className="card" aria-labelledby="evidence">
            <h3 id="evidence">Evidence</h3>
            <EvidencePanel
              caseId={caseId}
              itemId={item.id}
              canUpload={can.edit}
              canDownload={can.download}
              maxMb={env.MAX_UPLOAD_MB}
              documents={d.evidence.map((e) => ({
                current: { ...e.current, uploadedAt: e.current.uploadedAt.toISOString() },
                earlier: e.earlier.map((r) => ({ ...r, uploadedAt: r.uploadedAt.toISOString() })),
              }))}
            />
          </section>
          <section className="card" aria-labelledby="comments">
            <h3 id="comments">Comments</h3>
            <CommentThreads
              caseId={caseId}
              itemId={item.id}
              canComment={can.comment}
              members={d.members}
              threads={d.threads.map((t) => ({
                ...t,
                createdAt: t.createdAt.toISOString(),
                editedAt: iso(t.editedAt),
                retractedAt: iso(t.retractedAt),
                editableUntil: iso(t.editableUntil),
                resolvedAt: iso(t.resolvedAt),
                replies: t.replies.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), editedAt: iso(r.editedAt), retractedAt: iso(r.retractedAt), editableUntil: iso(r.editableUntil) })),
              }))}
            />
          </section>
        </div>
        <aside>
          <section className="card" aria-labelledby="signoff">
            <h3 id="signoff">Sign-off</h3>
            {d.approval ? (
              <p className="notice">
                Approved by {d.approval.approverName} on {when(d.approval.approvedAt)}
                {d.approval.openThreads ? `, confirming ${d.approval.openThreads} open comment thread${d.approval.openThreads === 1 ? '' : 's'}` : ''}.
              </p>
            ) : (
              <p className="muted">Not approved. A reviewer or counsel who neither prepared the item nor contributed to it signs it off.</p>
            )}
            <p className={styles.small} aria-label="Contributors">
              {item.contributors.length
                ? `Contributors since ${d.approval || d.lapsedApprovals.length ? 'the last approval' : 'creation'} (none of them may approve): ${item.contributors.map((c) => c.name).join(', ')}`
                : d.approval || d.lapsedApprovals.length ? 'No contributions since the last approval.' : 'No contributions yet.'}
            </p>
            <p className={styles.hash}>
              {d.approval ? 'Approved content' : 'Current content'} SHA-256 {d.approval?.contentHash ?? item.contentHash}
            </p>
            <WorkflowPanel caseId={caseId} itemId={item.id} status={item.status} contentHash={item.contentHash} openThreads={item.openThreads} can={can} />
            {d.lapsedApprovals.length ? (
              <details style={{ marginTop: '0.8rem' }}>
                <summary>Earlier approvals ({d.lapsedApprovals.length}, lapsed)</summary>
                <ul className={styles.small}>
                  {d.lapsedApprovals.map((a) => (
                    <li key={a.approvedAt.toISOString()}>
                      {a.approverName}, {when(a.approvedAt)}
                      {a.openThreads ? ` (approved with ${a.openThreads} open thread${a.openThreads === 1 ? '' : 's'})` : ''}; lapsed {a.lapsedAt ? when(a.lapsedAt) : ''}
                      {a.lapsedByName ? ` by ${a.lapsedByName}` : ''}: {a.lapseReason}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </section>
          <section className="card" aria-labelledby="assignment">
            <h3 id="assignment">Assignment</h3>
            {can.edit ? (
              <AssignmentForm
                caseId={caseId}
                itemId={item.id}
                version={item.assignmentVersion}
                initial={{ preparerId: item.preparerId, reviewerId: item.reviewerId, dueDate: item.dueDate }}
                preparers={d.members.filter((m) => may(m, 'edit', AS_OPEN_MEMBER))}
                reviewers={d.members.filter((m) => may(m, 'sign-off', AS_OPEN_MEMBER))}
              />
            ) : (
              <dl className="facts">
                <dt>Preparer</dt>
                <dd>{item.preparerName ?? 'unassigned'}</dd>
                <dt>Reviewer</dt>
                <dd>{item.reviewerName ?? 'unassigned'}</dd>
                <dt>Due date</dt>
                <dd>{item.dueDate ?? '—'}</dd>
              </dl>
            )}
          </section>
        </aside>
      </div>
    </>
  );
}
