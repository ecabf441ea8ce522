import type { AnalyzeMarketResult } from '@/lib/concentration';
import { fmtPct, GUIDELINE_TITLES, verdict } from '@/lib/markets/present';
import styles from './market.module.css';

/**
 * One card per authority's screen: the call in words, why, the source, and how often it trips in the draws.
 * `assets-as-firm` shows the screens run on the transfer convention's ΔHHI; the share indicators and
 * ¶20 questions do not depend on ΔHHI, so they are shown once, with the exact figure.
 */
export function Verdicts(props: { result: AnalyzeMarketResult; convention?: 'exact' | 'assets-as-firm' }) {
  const asFirm = props.convention === 'assets-as-firm';
  const r = props.result;
  const screens = (asFirm ? r.screensAssetsAsFirm : r.screens) ?? [];
  const probability = asFirm ? r.monteCarlo?.probabilityAssetsAsFirm : r.monteCarlo?.probability;
  const indicators = asFirm ? [] : (r.indicators ?? []);
  const euQuestions = asFirm ? [] : (r.euQuestions ?? []);
  const shown = indicators.filter((i) => i.id !== 'eu-dominance-40-50' || i.applies);
  return (
    <>
      <div className={styles.verdicts}>
        {screens.map((s) => {
          const v = verdict(s.guideline, s.concern);
          const t = GUIDELINE_TITLES[s.guideline];
          const p = probability?.[s.guideline];
          return (
            <article key={s.guideline} className={`${styles.verdict} ${styles[v.tone]}`} aria-label={asFirm ? `${t.title}, ${t.authority}, transferred capacity treated as a firm: ${v.label}` : `${t.authority}, ${t.title}: ${v.label}`}>
              <div className={styles.authority}>{t.authority}</div>
              <h4>{t.title}</h4>
              {t.status ? <p className={styles.reason}><span className="badge">{t.status}</span></p> : null}
              <p className={styles.call}>
                <span className={`badge ${v.tone}`}>{v.label}</span>
              </p>
              <p className={styles.reason}>{s.reason}</p>
              {p !== undefined ? (
                <p className={styles.reason}>
                  Across the Monte Carlo draws this screen flags a concern in <strong>{fmtPct(p * 100)}</strong> of draws.
                </p>
              ) : null}
              <p className={styles.cite}>{s.citation}</p>
            </article>
          );
        })}
      </div>
      {shown.length ? (
        <>
          <h4>EU share indicators</h4>
          <ul className={styles.questions}>
            {shown.map((i) => (
              <li key={i.id}>
                <span className={`badge ${i.applies ? (i.id === 'eu-combined-share-below-25' ? 'ok' : 'danger') : ''}`}>{i.applies ? 'Applies' : 'Does not apply'}</span> {i.text}{' '}
                <span className="muted">({i.citation})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {euQuestions.length ? (
        <details>
          <summary>EU Horizontal Merger Guidelines ¶20: questions for counsel</summary>
          <p className="muted">The safe harbours of ¶19 do not reassure if any of these holds. Only (f) follows from the market data.</p>
          <ol className={styles.questions} type="a">
            {euQuestions.map((q) => (
              <li key={q.id}>
                {q.question}{' '}
                <span className={`badge ${q.answer === 'yes' ? 'danger' : q.answer === 'no' ? 'ok' : 'warn'}`}>
                  {q.answer === 'for-counsel' ? 'For counsel to answer' : q.answer === 'yes' ? 'Yes' : 'No'}
                </span>
                {q.detail ? <div className="muted">{q.detail}</div> : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </>
  );
}
