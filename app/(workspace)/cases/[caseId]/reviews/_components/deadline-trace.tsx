import type { DeadlineView } from '@/lib/reviews/compute-review';
import { shortDate } from './format';
import styles from './reviews.module.css';

const SKIPPED = new Set(['weekend', 'holiday', 'suspended']);

/** "How computed": the engine's explanation, its legal basis and the day-by-day count. */
export function DeadlineTrace({ deadline }: { deadline: DeadlineView }) {
  if (deadline.explanation.length === 0 && deadline.trace.length === 0) return null;
  return (
    <details className={styles.trace}>
      <summary>How computed</summary>
      <div className={styles.traceBody}>
        <ol>
          {deadline.explanation.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ol>
        <p className={styles.calendarNote}>Legal basis: {deadline.citation}</p>
        {deadline.trace.length ? (
          <div className={styles.traceTable} tabIndex={0} role="region" aria-label={`Day-by-day count for ${deadline.label}`}>
            <table>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col" className={styles.n}>
                    Day
                  </th>
                  <th scope="col">Note</th>
                </tr>
              </thead>
              <tbody>
                {deadline.trace.map((step, i) => (
                  <tr key={i} className={SKIPPED.has(step.kind) ? styles.skip : step.kind === 'end' ? styles.end : undefined}>
                    <td>{shortDate(step.date)}</td>
                    <td className={styles.n}>{step.dayNumber ?? ''}</td>
                    <td>{step.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </div>
    </details>
  );
}
