import { fmtPct } from '@/lib/markets/present';
import styles from './market.module.css';

export type ShareRow = { firm: string; pre: number; post: number | null; postNote?: string };

const BEFORE = '#9db3d1';
const AFTER = '#1f4e8c';
const W = 600;
const LABEL_W = 150;
const VALUE_W = 62;
const BAR_H = 15;
const ROW_H = 42;
const TOP = 8;

/**
 * Market shares before and after the scenario as horizontal bars (SVG, no library). The chart is
 * an image with a text summary for screen readers, and the same figures sit beside it as a table.
 */
export function ShareChart(props: { rows: ShareRow[]; id: string; hasPost: boolean }) {
  const rows = [...props.rows].sort((a, b) => b.pre - a.pre);
  const maxShare = Math.max(10, ...rows.map((r) => Math.max(r.pre, r.post ?? 0)));
  const scaleMax = Math.min(100, Math.ceil(maxShare / 10) * 10);
  const plotW = W - LABEL_W - VALUE_W;
  const x = (v: number) => (v / scaleMax) * plotW;
  const height = TOP + rows.length * ROW_H + 24;
  const summary = rows
    .map((r) => (props.hasPost ? `${r.firm} ${fmtPct(r.pre)} before, ${r.post === null ? r.postNote : fmtPct(r.post)} after` : `${r.firm} ${fmtPct(r.pre)}`))
    .join('; ');
  const ticks = Array.from({ length: scaleMax / 10 + 1 }, (_, i) => i * 10);
  return (
    <div className={styles.chartGrid}>
      <figure className={styles.figure}>
        {props.hasPost ? (
          <div className={styles.legend} aria-hidden="true">
            <span>
              <span className={styles.swatch} style={{ background: BEFORE }} />
              Before
            </span>
            <span>
              <span className={styles.swatch} style={{ background: AFTER }} />
              After
            </span>
          </div>
        ) : null}
        <svg viewBox={`0 0 ${W} ${height}`} role="img" aria-labelledby={`${props.id}-t ${props.id}-d`}>
          <title id={`${props.id}-t`}>{props.hasPost ? 'Market shares before and after the scenario' : 'Market shares'}</title>
          <desc id={`${props.id}-d`}>{summary}</desc>
          {ticks.map((t) => (
            <g key={t}>
              <line x1={LABEL_W + x(t)} x2={LABEL_W + x(t)} y1={TOP - 4} y2={height - 20} stroke="#e3e7ee" />
              <text x={LABEL_W + x(t)} y={height - 6} fontSize="12" textAnchor="middle" fill="#5b6576">
                {t} %
              </text>
            </g>
          ))}
          {rows.map((r, i) => {
            const y = TOP + i * ROW_H;
            const single = !props.hasPost;
            return (
              <g key={r.firm}>
                <text x={LABEL_W - 8} y={y + (single ? BAR_H : BAR_H + 3)} fontSize="15" textAnchor="end" fill="#1b2330">
                  {r.firm.length > 20 ? `${r.firm.slice(0, 19)}…` : r.firm}
                </text>
                <rect x={LABEL_W} y={y + (single ? 4 : 0)} width={Math.max(1, x(r.pre))} height={BAR_H + (single ? 6 : 0)} fill={single ? AFTER : BEFORE} rx="2" />
                <text x={LABEL_W + x(r.pre) + 5} y={y + (single ? BAR_H + 3 : BAR_H - 2)} fontSize="13" fill="#1b2330">
                  {fmtPct(r.pre)}
                </text>
                {props.hasPost ? (
                  r.post === null ? (
                    <text x={LABEL_W + 2} y={y + 2 * BAR_H + 1} fontSize="13" fontStyle="italic" fill="#5b6576">
                      {r.postNote}
                    </text>
                  ) : (
                    <>
                      <rect x={LABEL_W} y={y + BAR_H + 2} width={Math.max(1, x(r.post))} height={BAR_H} fill={AFTER} rx="2" />
                      <text x={LABEL_W + x(r.post) + 5} y={y + 2 * BAR_H} fontSize="13" fontWeight="600" fill="#1b2330">
                        {fmtPct(r.post)}
                      </text>
                    </>
                  )
                ) : null}
              </g>
            );
          })}
        </svg>
      </figure>
      <table className="data">
        <caption className="sr-only">Market shares, the figures of the chart</caption>
        <thead>
          <tr>
            <th scope="col">Firm</th>
            <th scope="col" className="num">
              {props.hasPost ? 'Before' : 'Share'}
            </th>
            {props.hasPost ? (
              <th scope="col" className="num">
                After
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.firm}>
              <th scope="row">{r.firm}</th>
              <td className="num">{fmtPct(r.pre)}</td>
              {props.hasPost ? <td className="num">{r.post === null ? r.postNote : fmtPct(r.post)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
