import Link from 'next/link';
import type { AnalyzeMarketResult, Guideline } from '@/lib/concentration';
import type { ScenarioAnalysis } from '@/lib/markets/analyze-snapshot';
import { describeScenario, fmtHhi, fmtPct, GUIDELINE_TITLES, verdict } from '@/lib/markets/present';
import styles from './market.module.css';

type Row = { label: string; cell: (r: AnalyzeMarketResult) => React.ReactNode };

const screenRow = (g: Guideline): Row => ({
  label: `${GUIDELINE_TITLES[g].authority === 'United States' ? 'US' : 'EU'} ${GUIDELINE_TITLES[g].title.replace(/.*\((\d{4})\)/, '$1')} screen`,
  cell: (r) => {
    const s = r.screens?.find((x) => x.guideline === g);
    if (!s) return '—';
    const v = verdict(g, s.concern);
    return <span className={`badge ${v.tone}`}>{v.label}</span>;
  },
});

const indicator = (id: string, yes: string, no: string): Row['cell'] => (r) => {
  const i = r.indicators?.find((x) => x.id === id);
  return i ? (i.applies ? yes : no) : '—';
};

const ROWS: Row[] = [
  { label: 'HHI before → after', cell: (r) => (r.post ? `${fmtHhi(r.pre.hhi)} → ${fmtHhi(r.post.hhi)}` : fmtHhi(r.pre.hhi)) },
  { label: 'ΔHHI, central estimates', cell: (r) => (r.delta ? <strong>{fmtHhi(r.delta.central)}</strong> : '—') },
  { label: 'ΔHHI, low estimates', cell: (r) => (r.delta ? fmtHhi(r.delta.low) : '—') },
  { label: 'ΔHHI, high estimates', cell: (r) => (r.delta ? fmtHhi(r.delta.high) : '—') },
  {
    label: 'ΔHHI, Monte Carlo 5th / 50th / 95th percentile',
    cell: (r) => (r.monteCarlo ? `${fmtHhi(r.monteCarlo.deltaHhi.p5)} / ${fmtHhi(r.monteCarlo.deltaHhi.p50)} / ${fmtHhi(r.monteCarlo.deltaHhi.p95)}` : '—'),
  },
  { label: 'Buyer’s share after', cell: (r) => (r.mergedShare !== undefined ? fmtPct(r.mergedShare) : '—') },
  screenRow('us-2023'),
  screenRow('us-2010'),
  screenRow('eu-2004'),
  { label: 'EU combined share below 25 % (recital 32)', cell: indicator('eu-combined-share-below-25', 'Yes: indicates compatibility', 'No') },
  { label: 'EU share of 50 % or more (HMG ¶17)', cell: indicator('eu-dominance-50', 'Yes: may evidence dominance', 'No') },
];

/** Every scenario of the market in one table, one column each, so counsel can compare the calls. */
export function ComparisonTable(props: { scenarios: (ScenarioAnalysis & { name: string })[]; hrefFor: (scenarioId: string) => string }) {
  return (
    <div className={styles.scroll}>
      <table className={`data ${styles.compare}`}>
        <caption className="sr-only">Scenarios side by side</caption>
        <thead>
          <tr>
            <td />
            {props.scenarios.map((s) => (
              <th key={s.scenarioId} scope="col">
                <Link href={props.hrefFor(s.scenarioId)}>{s.name}</Link>
                <div className="muted" style={{ fontWeight: 400 }}>
                  {s.inputs.scenario ? describeScenario(s.inputs.scenario) : ''}
                </div>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {props.scenarios.map((s) =>
                s.outcome.ok ? (
                  <td key={s.scenarioId} className="num" style={{ textAlign: 'left' }}>
                    {row.cell(s.outcome.result)}
                  </td>
                ) : row === ROWS[0] ? (
                  <td key={s.scenarioId} rowSpan={ROWS.length} className="field-error">
                    Cannot be computed: {s.outcome.error}
                  </td>
                ) : null,
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
