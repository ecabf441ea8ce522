import { statusLabel, type ItemStatus } from '@/lib/checklists/schemas';
import styles from '../checklists.module.css';

export function StatusBadge(props: { status: ItemStatus; notApplicable: boolean }) {
  return (
    <span className={styles.status} data-status={props.status}>
      {statusLabel(props.status, props.notApplicable)}
    </span>
  );
}
