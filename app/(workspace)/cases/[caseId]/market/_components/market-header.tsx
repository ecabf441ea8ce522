import Link from 'next/link';
import type { MarketDetail } from '@/lib/markets/get-market';
import { METRIC_LABELS, METRIC_NOTES } from '@/lib/markets/schemas';
import styles from './market.module.css';

/** What the market is, with the links to change it or move its clusters in and out. */
export function MarketHeader(props: { caseId: string; market: MarketDetail['market']; permissions: MarketDetail['permissions'] }) {
  const { caseId, market: m, permissions } = props;
  const base = `/cases/${caseId}/market/${m.id}`;
  return (
    <section className={`card ${styles.section}`} aria-labelledby="market-name">
      <div className={styles.header}>
        <h2 id="market-name">{m.name}</h2>
        <div className={styles.actions}>
          {permissions.edit ? (
            <>
              <Link className="button" href={`${base}/edit`}>
                Edit market
              </Link>
              <Link className="button" href={`${base}/import`}>
                Import clusters (CSV)
              </Link>
            </>
          ) : null}
          {permissions.download ? (
            <a className="button" href={`/api/cases/${caseId}/markets/${m.id}/clusters`} download>
              Export clusters (CSV)
            </a>
          ) : null}
        </div>
      </div>
      {m.definition ? <p style={{ whiteSpace: 'pre-wrap', marginTop: 0 }}>{m.definition}</p> : null}
      <dl className="facts">
        <dt>Metric</dt>
        <dd>
          {METRIC_LABELS[m.metric]} <span className="muted">({METRIC_NOTES[m.metric]})</span>
        </dd>
        <dt>Geographic scope</dt>
        <dd>{m.geographicScope}</dd>
        <dt>As of</dt>
        <dd>{m.asOf}</dd>
        <dt>Capacity counted</dt>
        <dd>{m.includeNonOperational ? 'All clusters, including those under construction or planned' : 'Operational clusters only'}</dd>
        <dt>Monte Carlo</dt>
        <dd>
          {m.mcDraws.toLocaleString('en-US')} draws, {m.mcDistribution}, seed {m.mcSeed}
        </dd>
      </dl>
    </section>
  );
}
