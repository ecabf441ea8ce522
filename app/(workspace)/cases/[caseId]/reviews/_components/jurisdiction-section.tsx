import type { EuJurisdictionView } from '@/lib/reviews/get-eu-jurisdiction';
import { PARTY_ROLE_LABELS } from '@/lib/cases/schemas';
import { TurnoverTable } from './turnover-table';
import styles from './reviews.module.css';

const VERDICT: Record<string, { text: string; badge: string }> = {
  'met-1-2': { text: 'EU dimension — Art. 1(2) thresholds met', badge: 'warn' },
  'met-1-3': { text: 'EU dimension — Art. 1(3) thresholds met', badge: 'warn' },
  'not-met': { text: 'No EU dimension — neither Art. 1(2) nor 1(3) is met', badge: 'ok' },
  incomplete: { text: 'Cannot be decided yet — figures missing', badge: '' },
  error: { text: 'The figures entered are inconsistent', badge: 'danger' },
};

/** Parties' turnover and the EUMR Art. 1 result, with what is still missing. */
export function JurisdictionSection({ caseId, view, editable }: { caseId: string; view: EuJurisdictionView; editable: boolean }) {
  const verdict = VERDICT[view.result.result];
  return (
    <section className="card" aria-labelledby="eu-jurisdiction">
      <h2 id="eu-jurisdiction">Turnover and EU jurisdiction (EUMR Art. 1)</h2>
      {view.parties.length === 0 ? (
        <p className="muted">Add the parties on the Overview first; their turnover is entered here.</p>
      ) : (
        <TurnoverTable
          caseId={caseId}
          editable={editable}
          rows={view.parties.map((p) => ({ ...p, roleLabel: PARTY_ROLE_LABELS[p.role] }))}
        />
      )}
      <div className={styles.verdict} role="status">
        <strong>Result:</strong> <span className={`badge ${verdict.badge}`}>{verdict.text}</span>
      </div>
      {view.result.missing.length ? (
        <p>
          Still needed: {view.result.missing.join('; ').replace(/\.?$/, '.')}
        </p>
      ) : null}
      <details className={styles.trace}>
        <summary>How assessed</summary>
        <div className={styles.traceBody}>
          <ul className={styles.reasons}>
            {view.result.reasons.map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ul>
          {view.excluded.length ? <p className={styles.calendarNote}>Not counted (role “Other”): {view.excluded.join(', ')}.</p> : null}
        </div>
      </details>
    </section>
  );
}
