import { statusLabel, type ItemStatus } from '@/lib/checklists/schemas';
import styles from '../checklists.module.css';

export function StatusBadge(props: { status: ItemStatus; notApplicable: boolean; reReview?: boolean }) {
  const reReview = !!props.reReview && props.status === 'ready-for-review';
  return (
    <span className={styles.status} data-status={reReview ? 're-review' : props.status}>
      {statusLabel(props.status, props.notApplicable, reReview)}
    </span>
  );
}
