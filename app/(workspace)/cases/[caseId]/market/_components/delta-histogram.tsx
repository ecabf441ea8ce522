import type { MonteCarloResult } from '@/lib/concentration';
import { fmtHhi, fmtInt } from '@/lib/markets/present';
import styles from './market.module.css';

/** ΔHHI levels the guidelines use; where each applies is in the legend under the chart. */
const THRESHOLDS = [
  { at: 100, text: 'US 2023 presumption (with HHI > 1,800 or a share > 30 %); US 2010 “small change” limit' },
  { at: 150, text: 'EU ¶19 safe harbour when HHI > 2,000' },
  { at: 200, text: 'US 2010 presumption when HHI > 2,500' },
  { at: 250, text: 'EU ¶19 safe harbour when HHI is 1,000–2,000' },
];

const W = 900;
const H = 260;
const M = { left: 52, right: 16, top: 24, bottom: 48 };

function niceStep(span: number): number {
  const raw = span / 7;
  const p = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((k) => k * p).find((s) => s >= raw) ?? raw;
}

/** The Monte Carlo ΔHHI draws as a histogram with the guideline thresholds drawn across it. */
export function DeltaHistogram(props: { mc: MonteCarloResult; id: string }) {
  const { mc } = props;
  const h = mc.deltaHistogram;
  if (!h) return null;
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const x = (v: number) => M.left + ((v - h.min) / (h.max - h.min)) * plotW;
  const peak = Math.max(1, ...h.counts);
  const y = (c: number) => M.top + plotH - (c / peak) * plotH;
  const step = niceStep(h.max - h.min);
  const ticks: number[] = [];
  for (let t = Math.ceil(h.min / step) * step; t <= h.max + 1e-9; t += step) ticks.push(t);
  const draws = mc.draws ?? h.counts.reduce((a, b) => a + b, 0);
  const over = (t: number) => h.counts.reduce((n, c, i) => (h.min + i * h.binWidth >= t ? n + c : n), 0);
  const summary =
    `ΔHHI across ${fmtInt(draws)} draws: 5th percentile ${fmtHhi(mc.deltaHhi.p5)}, median ${fmtHhi(mc.deltaHhi.p50)}, 95th percentile ${fmtHhi(mc.deltaHhi.p95)}. ` +
    THRESHOLDS.map((t) => `${over(t.at) === 0 ? 'No draw' : `About ${fmtInt(over(t.at))} draws`} at or above ${t.at}`).join('; ') +
    '.';
  const barW = plotW / h.counts.length;
  return (
    <figure className={`${styles.figure} ${styles.histogram}`}>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${props.id}-t ${props.id}-d`}>
        <title id={`${props.id}-t`}>Distribution of ΔHHI over the Monte Carlo draws</title>
        <desc id={`${props.id}-d`}>{summary}</desc>
        <rect x={x(mc.deltaHhi.p5)} y={M.top} width={Math.max(1, x(mc.deltaHhi.p95) - x(mc.deltaHhi.p5))} height={plotH} fill="#eef3fa" />
        {h.counts.map((c, i) =>
          c ? <rect key={i} x={M.left + i * barW + 0.5} y={y(c)} width={Math.max(1, barW - 1)} height={M.top + plotH - y(c)} fill="#1f4e8c" /> : null,
        )}
        <line x1={M.left} x2={W - M.right} y1={M.top + plotH} y2={M.top + plotH} stroke="#5b6576" />
        {ticks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={M.top + plotH} y2={M.top + plotH + 4} stroke="#5b6576" />
            <text x={x(t)} y={M.top + plotH + 17} fontSize="13" textAnchor="middle" fill="#5b6576">
              {fmtInt(t)}
            </text>
          </g>
        ))}
        <text x={M.left + plotW / 2} y={H - 6} fontSize="13" textAnchor="middle" fill="#1b2330">
          ΔHHI (points)
        </text>
        <text x={M.left - 6} y={M.top + 4} fontSize="12" textAnchor="end" fill="#5b6576">
          {fmtInt(peak)}
        </text>
        <text x={14} y={M.top + plotH / 2} fontSize="12" fill="#5b6576" transform={`rotate(-90 14 ${M.top + plotH / 2})`} textAnchor="middle">
          draws
        </text>
        {THRESHOLDS.filter((t) => t.at >= h.min && t.at <= h.max).map((t) => (
          <g key={t.at}>
            <line x1={x(t.at)} x2={x(t.at)} y1={M.top - 6} y2={M.top + plotH} stroke="#a4262c" strokeDasharray="4 3" strokeWidth="1.5" />
            <text x={x(t.at)} y={M.top - 9} fontSize="13" textAnchor="middle" fill="#a4262c" fontWeight="600">
              {t.at}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>
        Bars: how many of the {fmtInt(draws)} draws gave each ΔHHI. Shaded: the middle 90 % of draws ({fmtHhi(mc.deltaHhi.p5)} to {fmtHhi(mc.deltaHhi.p95)}
        ). Dashed lines:{' '}
        {THRESHOLDS.map((t, i) => (
          <span key={t.at}>
            <strong>{t.at}</strong> {t.text}
            {i < THRESHOLDS.length - 1 ? '; ' : '.'}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
