import type { AnalyzeMarketResult } from '@/lib/concentration';
import type { AnalysisOutcome } from '@/lib/markets/compute';
import type { FrozenInputs } from '@/lib/markets/frozen-inputs';
import { describeScenario, fmtHhi, fmtInt, fmtPct } from '@/lib/markets/present';
import { DeltaHistogram } from './delta-histogram';
import { ExplainTable } from './explain-table';
import { ShareChart, type ShareRow } from './share-chart';
import { Verdicts } from './verdicts';
import styles from './market.module.css';

function shareRows(r: AnalyzeMarketResult, inputs: FrozenInputs): ShareRow[] {
  const sc = inputs.scenario;
  return Object.entries(r.pre.shares).map(([firm, pre]) => {
    const post = r.post?.shares[firm];
    const merged = sc?.kind === 'merger' && firm === sc.target;
    return { firm, pre, post: post ?? null, postNote: merged ? `merged into ${sc.acquirer}` : undefined };
  });
}

/**
 * One analysis, live or saved: key figures, verdicts, shares, the ΔHHI distribution and the
 * working. Both the market tab and a saved analysis render through here, so they cannot differ.
 */
export function AnalysisView(props: { inputs: FrozenInputs; outcome: AnalysisOutcome; id: string }) {
  const { inputs, outcome, id } = props;
  if (!outcome.ok) {
    return (
      <p className="form-error" role="alert">
        <strong>This analysis cannot be computed.</strong> {outcome.error}
      </p>
    );
  }
  const r = outcome.result;
  const sc = inputs.scenario;
  const mc = r.monteCarlo;
  return (
    <>
      {sc ? (
        <p className={styles.lead}>
          <strong>{sc.name}.</strong> {describeScenario(sc)}.
        </p>
      ) : null}
      <div className={styles.tiles}>
        <div className={styles.tile}>
          <span className={styles.label}>HHI before</span>
          <span className={styles.value}>{fmtHhi(r.pre.hhi)}</span>
          <span className={styles.sub}>CR4 {fmtPct(r.pre.cr4)}</span>
        </div>
        {r.post && r.delta ? (
          <>
            <div className={styles.tile}>
              <span className={styles.label}>HHI after</span>
              <span className={styles.value}>{fmtHhi(r.post.hhi)}</span>
              <span className={styles.sub}>CR4 {fmtPct(r.post.cr4)}</span>
            </div>
            <div className={styles.tile}>
              <span className={styles.label}>ΔHHI at central estimates</span>
              <span className={styles.value}>{fmtHhi(r.delta.central)}</span>
              <span className={styles.sub}>{r.delta.central < 0 ? 'concentration falls' : 'points'}</span>
            </div>
            <div className={styles.tile}>
              <span className={styles.label}>ΔHHI at low estimates</span>
              <span className={styles.value}>{fmtHhi(r.delta.low)}</span>
              <span className={styles.sub}>every range at its low figure</span>
            </div>
            <div className={styles.tile}>
              <span className={styles.label}>ΔHHI at high estimates</span>
              <span className={styles.value}>{fmtHhi(r.delta.high)}</span>
              <span className={styles.sub}>every range at its high figure</span>
            </div>
            {r.deltaAssetsAsFirm ? (
              <div className={styles.tile}>
                <span className={styles.label}>ΔHHI, assets as a firm (2·a·t)</span>
                <span className={styles.value}>{fmtHhi(r.deltaAssetsAsFirm.central)}</span>
                <span className={styles.sub}>
                  low {fmtHhi(r.deltaAssetsAsFirm.low)}, high {fmtHhi(r.deltaAssetsAsFirm.high)}
                </span>
              </div>
            ) : null}
            {r.mergedShare !== undefined && sc ? (
              <div className={styles.tile}>
                <span className={styles.label}>{sc.kind === 'merger' ? sc.acquirer : sc.to}’s share after</span>
                <span className={styles.value}>{fmtPct(r.mergedShare)}</span>
              </div>
            ) : null}
          </>
        ) : null}
      </div>
      {r.delta ? (
        <p className="muted" style={{ fontSize: '0.88rem' }}>
          The three ΔHHI figures are three cases, not an interval: at the high estimates the whole market is larger too, so the high-case ΔHHI can be below the
          central one. The Monte Carlo distribution below shows the spread.
        </p>
      ) : null}
      {r.screens ? (
        <>
          <h3>Screens</h3>
          <Verdicts result={r} />
        </>
      ) : null}
      {r.screensAssetsAsFirm && r.deltaAssetsAsFirm ? (
        <section aria-labelledby={`${id}-assets-as-firm`}>
          <h3 id={`${id}-assets-as-firm`}>Screens with the transferred capacity treated as a firm</h3>
          <p className="muted" style={{ fontSize: '0.88rem' }}>
            The same screens on ΔHHI {fmtHhi(r.deltaAssetsAsFirm.central)} (2·a·t: the transferred capacity counted as a separate firm merging into the buyer)
            instead of the exact change {fmtHhi(r.delta!.central)}. The HHI after the deal and the buyer’s share are the same under both; “How it was computed”
            says why the two figures differ.
          </p>
          <Verdicts result={r} convention="assets-as-firm" />
        </section>
      ) : null}
      <h3>Market shares</h3>
      <ShareChart rows={shareRows(r, inputs)} id={`${id}-shares`} hasPost={!!r.post} />
      {mc ? (
        <>
          <h3>ΔHHI across the estimate ranges</h3>
          <p className="muted" style={{ fontSize: '0.88rem' }}>
            {fmtInt(mc.draws ?? 0)} draws ({mc.distribution}, seed {mc.seed}), every ranged figure drawn independently. Percentiles of ΔHHI: 5th{' '}
            {fmtHhi(mc.deltaHhi.p5)}, median {fmtHhi(mc.deltaHhi.p50)}, 95th {fmtHhi(mc.deltaHhi.p95)}; post-transaction HHI median {fmtHhi(mc.postHhi.p50)}.
            {mc.clampedTransferFraction ? ` In ${fmtPct(mc.clampedTransferFraction * 100)} of draws the transfer exceeded the seller's drawn holding and was capped at it.` : ''}
          </p>
          <DeltaHistogram mc={mc} id={`${id}-hist`} />
        </>
      ) : null}
      {r.explain ? (
        <details>
          <summary>How it was computed</summary>
          <ExplainTable explain={r.explain} preHhi={r.pre.hhi} postHhi={r.post?.hhi} />
        </details>
      ) : null}
    </>
  );
}
