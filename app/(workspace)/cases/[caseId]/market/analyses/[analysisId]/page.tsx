import Link from 'next/link';
import { describeScenario, fmtInt, fmtRange } from '@/lib/markets/present';
import { CLUSTER_STATUS_LABELS, METRIC_LABELS } from '@/lib/markets/schemas';
import { AnalysisView } from '../../_components/analysis-view';
import { loadSavedAnalysis } from '../../load-market';
import styles from '../../_components/market.module.css';

export const metadata = { title: 'Saved analysis' };

/** A saved analysis exactly as frozen: its inputs, its results and the hash that ties them. */
export default async function SavedAnalysisPage({ params }: { params: Promise<{ caseId: string; analysisId: string }> }) {
  const { caseId, analysisId } = await params;
  const a = await loadSavedAnalysis(caseId, analysisId);
  const i = a.inputs;
  return (
    <>
      <p>
        <Link href={`/cases/${caseId}/market/${a.marketId}#saved`}>← Market</Link>
      </p>
      <section className={`card ${styles.section}`} aria-labelledby="saved-title">
        <p className="muted" style={{ margin: 0 }}>
          Saved analysis · read-only
        </p>
        <h2 id="saved-title" style={{ marginTop: '0.2rem' }}>
          {a.title}
        </h2>
        <dl className="facts">
          <dt>Saved</dt>
          <dd>
            {a.createdAt.toISOString().replace('T', ' ').slice(0, 16)} UTC by {a.createdByName}
          </dd>
          <dt>Market</dt>
          <dd>
            {i.market.name} ({METRIC_LABELS[i.market.metric]}; {i.market.geographicScope}; as of {i.market.asOf};{' '}
            {i.market.includeNonOperational ? 'all capacity counted' : 'operational capacity only'})
          </dd>
          <dt>Scenario</dt>
          <dd>{i.scenario ? `${i.scenario.name}: ${describeScenario(i.scenario)}` : '—'}</dd>
          <dt>Monte Carlo</dt>
          <dd>
            {fmtInt(i.monteCarlo.draws)} draws, {i.monteCarlo.distribution}, seed {i.monteCarlo.seed}
          </dd>
          <dt>Inputs SHA-256</dt>
          <dd>
            <span className={styles.hash}>{a.inputsSha256}</span>{' '}
            {a.hashVerified ? <span className="badge ok">matches the stored inputs</span> : <span className="badge danger">does not match the stored inputs</span>}
          </dd>
        </dl>
      </section>
      <section className={`card ${styles.section}`} aria-labelledby="saved-results">
        <h2 id="saved-results">Results</h2>
        <AnalysisView inputs={i} outcome={{ ok: true, result: a.results }} id="saved" />
      </section>
      <section className={`card ${styles.section}`} aria-labelledby="saved-inputs">
        <h2 id="saved-inputs">Frozen inputs</h2>
        <h3>Catalogue figures used</h3>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Accelerator</th>
              <th scope="col">Vendor</th>
              <th scope="col" className="num">
                Dense BF16 TFLOP/s
              </th>
              <th scope="col" className="num">
                Power (W)
              </th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {i.catalogue.map((c) => (
              <tr key={c.name}>
                <td>{c.name}</td>
                <td>{c.vendor}</td>
                <td className="num">{c.tflops}</td>
                <td className="num">{c.watts ?? '—'}</td>
                <td>{c.sourceNote}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>Clusters ({fmtInt(i.clusters.length)})</h3>
        <div className={styles.scroll}>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Firm</th>
                <th scope="col">Cluster</th>
                <th scope="col">Accelerator</th>
                <th scope="col" className="num">
                  Count
                </th>
                <th scope="col">Status</th>
                <th scope="col">As of</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {i.clusters.map((c, k) => (
                <tr key={k} className={c.counted ? undefined : styles.excluded}>
                  <td>{c.firm}</td>
                  <td>{c.cluster}</td>
                  <td>{c.accelerator}</td>
                  <td className="num">{fmtRange(c.count)}</td>
                  <td>
                    {CLUSTER_STATUS_LABELS[c.status]}
                    {c.counted ? null : <div className="muted">not counted</div>}
                  </td>
                  <td>{c.asOf}</td>
                  <td style={{ fontSize: '0.85rem' }}>{c.source || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
