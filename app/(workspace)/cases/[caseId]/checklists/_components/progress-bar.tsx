import styles from '../checklists.module.css';

/** Approved over total as a native <progress> (announced by screen readers) with the numbers as text. */
export function ProgressBar(props: { approved: number; total: number; label: string }) {
  const { approved, total } = props;
  const pct = total ? Math.round((approved / total) * 100) : 0;
  const text = total ? `${approved} of ${total} approved (${pct}%)` : 'No items';
  return (
    <div className={styles.progress}>
      <progress value={approved} max={Math.max(total, 1)} aria-label={`${props.label}: ${text}`} />
      <span className={styles.progressText} aria-hidden="true">
        {text}
      </span>
    </div>
  );
}
