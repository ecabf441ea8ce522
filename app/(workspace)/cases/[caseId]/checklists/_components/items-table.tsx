import Link from 'next/link';
import type { ItemStatus } from '@/lib/checklists/schemas';
import styles from '../checklists.module.css';
import { StatusBadge } from './status-badge';

export interface ItemRowView {
  id: string;
  checklistId: string;
  checklistName?: string;
  title: string;
  reference: string;
  isCustom: boolean;
  removedFromTemplateVersion?: number | null;
  status: ItemStatus;
  reReview: boolean;
  notApplicable: boolean;
  dueDate: string | null;
  overdue?: boolean;
  preparerName: string | null;
  reviewerName: string | null;
  evidenceCount: number;
  openThreads: number;
}

/** A table of items; each title links to the item page. */
export function ItemsTable(props: { caseId: string; items: ItemRowView[]; caption: string; showChecklist?: boolean }) {
  return (
    <table className={`data ${styles.items}`}>
      <caption className="sr-only">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col" style={{ width: props.showChecklist ? '26%' : '38%' }}>
            Item
          </th>
          {props.showChecklist ? (
            <th scope="col" style={{ width: '12%' }}>
              Checklist
            </th>
          ) : null}
          <th scope="col" style={{ width: '13%' }}>Preparer</th>
          <th scope="col" style={{ width: '13%' }}>Reviewer</th>
          <th scope="col" style={{ width: '12%' }}>Due</th>
          <th scope="col" style={{ width: '14%' }}>Status</th>
          <th scope="col" style={{ width: '10%' }}>Evidence · threads</th>
        </tr>
      </thead>
      <tbody>
        {props.items.map((i) => (
          <tr key={i.id}>
            <td>
              <Link href={`/cases/${props.caseId}/checklists/${i.checklistId}/items/${i.id}`}>{i.title}</Link>
              <div className={styles.ref}>
                {i.reference || '—'}
                {i.isCustom ? ' · custom item' : ''}
                {i.removedFromTemplateVersion ? ` · not in template v${i.removedFromTemplateVersion}` : ''}
              </div>
            </td>
            {props.showChecklist ? <td>{i.checklistName}</td> : null}
            <td>{i.preparerName ?? <span className="muted">unassigned</span>}</td>
            <td>{i.reviewerName ?? <span className="muted">unassigned</span>}</td>
            <td className={i.overdue ? styles.overdue : undefined}>
              {i.dueDate ?? '—'}
              {i.overdue ? ' (overdue)' : ''}
            </td>
            <td>
              <StatusBadge status={i.status} notApplicable={i.notApplicable} reReview={i.reReview} />
            </td>
            <td className={styles.counts}>
              {i.evidenceCount} file{i.evidenceCount === 1 ? '' : 's'} · {i.openThreads} open
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
