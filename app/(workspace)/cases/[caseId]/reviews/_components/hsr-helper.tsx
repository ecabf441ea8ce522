import { formatUsd, type HsrEndAssessment } from '@/lib/hsr';
import type { HsrHelper } from '@/lib/reviews/get-hsr-assessment';
import { shortDate } from './format';
import styles from './reviews.module.css';

function feeCell(end: HsrEndAssessment) {
  if (!end.fee) return <span className="muted">No filing on value</span>;
  if (end.fee.feeUsd !== null) return <>{formatUsd(end.fee.feeUsd)}</>;
  return <span className="badge warn">Unverified tier — confirm with the FTC</span>;
}

/** Size-of-transaction and filing-fee screen from the case's value estimate. */
export function HsrHelperSection({ helper }: { helper: HsrHelper }) {
  return (
    <section className="card" aria-labelledby="hsr-helper">
      <h2 id="hsr-helper">HSR threshold and filing fee</h2>
      {helper.status !== 'ok' ? (
        <p className={helper.status === 'error' ? 'form-error' : 'muted'} role={helper.status === 'error' ? 'alert' : undefined}>
          {helper.message}
        </p>
      ) : (
        <>
          <p className={styles.meta}>
            Using the {helper.assessment.feeTable.year} fee schedule for a filing on {shortDate(helper.filingDate)}
            {helper.filingDateSource === 'today' ? ' (no filing recorded yet: today)' : ' (the recorded filing date)'}.
          </p>
          <table className={`data ${styles.numbers}`}>
            <thead>
              <tr>
                <th scope="col">Value estimate</th>
                <th scope="col" className="num">Value</th>
                <th scope="col">Above size of transaction?</th>
                <th scope="col">Size-of-person test</th>
                <th scope="col">Fee tier</th>
                <th scope="col" className="num">Filing fee</th>
              </tr>
            </thead>
            <tbody>
              {(helper.valueUsd.low === helper.valueUsd.high ? [['Value', helper.assessment.low]] as const : ([['Low', helper.assessment.low], ['High', helper.assessment.high]] as const)).map(([label, end]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td className="num">{formatUsd(end.valueUsd)}</td>
                  <td>{end.exceedsSizeOfTransaction ? <span className="badge ok">Yes — reportable on value</span> : 'No'}</td>
                  <td>{end.sizeOfPersonTest === 'applies' ? 'Applies' : end.sizeOfPersonTest === 'not-required' ? 'Not required' : '—'}</td>
                  <td>{end.fee ? `Tier ${end.fee.tier ?? end.fee.candidateTiers.join(' or ')}` : '—'}</td>
                  <td className="num">{feeCell(end)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {helper.assessment.flags.length ? (
            <ul className="warning" style={{ paddingLeft: '1.8rem' }}>
              {helper.assessment.flags.map((f, i) => (
                <li key={i}>{f}</li>
              ))}
            </ul>
          ) : null}
          <details className={styles.trace}>
            <summary>How assessed</summary>
            <div className={styles.traceBody}>
              <ol>
                {helper.assessment.explanation.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ol>
              <p className={styles.calendarNote}>Source: {helper.assessment.feeTable.source}</p>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
