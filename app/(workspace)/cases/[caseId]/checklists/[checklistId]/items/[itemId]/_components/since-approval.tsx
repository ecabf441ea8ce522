import type { ApprovalDiff } from '@/lib/checklists/approval-diff';
import styles from '../item.module.css';

const when = (d: Date) => `${d.toISOString().replace('T', ' ').slice(0, 16)} UTC`;
const rev = (e: { revision: number; sha256: string } | null) => (e ? `revision ${e.revision}, SHA-256 ${e.sha256.slice(0, 12)}…` : '');

/** What changed since the approval that lapsed: the answer word by word, the status reason, and evidence. */
export function SinceApproval(props: { approverName: string; approvedAt: Date; diff: ApprovalDiff }) {
  const { diff } = props;
  return (
    <section className="card" aria-labelledby="since-approval">
      <h3 id="since-approval">Changed since {props.approverName}&rsquo;s approval</h3>
      <p className={styles.small}>
        Approved {when(props.approvedAt)}; the approval lapsed when the content below changed. Removed text is struck through, added text underlined.
      </p>
      {!diff.changed ? <p className="muted">The content is back to what was approved.</p> : null}
      {diff.title ? (
        <p>
          <strong>Title:</strong> <del className={styles.del}>{diff.title.approved}</del> → <ins className={styles.ins}>{diff.title.now}</ins>
        </p>
      ) : null}
      {diff.notApplicable ? (
        <p>
          <strong>Applicability:</strong> <del className={styles.del}>{diff.notApplicable.approved}</del> → <ins className={styles.ins}>{diff.notApplicable.now}</ins>
        </p>
      ) : null}
      {diff.answer ? (
        <div aria-label="Answer changes" role="group">
          <strong>Answer</strong>
          <div className={`${styles.answer} ${styles.diff}`}>
            {diff.answer.map((p, i) =>
              p.op === 'same' ? (
                <span key={i}>{p.text}</span>
              ) : p.op === 'added' ? (
                <ins key={i} className={styles.ins}>
                  {p.text}
                </ins>
              ) : (
                <del key={i} className={styles.del}>
                  {p.text}
                </del>
              ),
            )}
          </div>
        </div>
      ) : null}
      {diff.evidence.length ? (
        <>
          <strong>Evidence</strong>
          <ul aria-label="Evidence changes">
            {diff.evidence.map((e) => (
              <li key={e.fileName + e.change}>
                {e.fileName}: {e.change === 'added' ? `added (${rev(e.now)})` : e.change === 'removed' ? `removed (was ${rev(e.approved)})` : `revised from ${rev(e.approved)} to ${rev(e.now)}`}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
