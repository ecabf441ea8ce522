import type { Explain } from '@/lib/concentration';
import { fmtCapacity, fmtHhi, fmtPct } from '@/lib/markets/present';

/** "How it was computed": each firm's capacity, share and share², summed, so the HHI can be checked by hand. */
export function ExplainTable(props: { explain: Explain; preHhi: number; postHhi?: number }) {
  const { explain: e } = props;
  const hasPost = e.postTotal !== undefined;
  const rows = [...e.rows].sort((a, b) => b.capacity - a.capacity);
  const sumSq = (k: 'shareSquared' | 'postShareSquared') => rows.reduce((s, r) => s + (r[k] ?? 0), 0);
  return (
    <div className="scroll">
      <table className="data">
        <caption style={{ textAlign: 'left', paddingBottom: '0.4rem' }} className="muted">
          {e.note} Capacity in {e.unit}; the low and high columns put every estimate at its low or high figure.
        </caption>
        <thead>
          <tr>
            <th scope="col">Firm</th>
            <th scope="col" className="num">
              Capacity (low – high)
            </th>
            <th scope="col" className="num">
              Capacity
            </th>
            <th scope="col" className="num">
              Share
            </th>
            <th scope="col" className="num">
              Share²
            </th>
            {hasPost ? (
              <>
                <th scope="col" className="num">
                  Capacity after
                </th>
                <th scope="col" className="num">
                  Share after
                </th>
                <th scope="col" className="num">
                  Share² after
                </th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.firm}>
              <th scope="row">{r.firm}</th>
              <td className="num">
                {fmtCapacity(r.capacityLow)} – {fmtCapacity(r.capacityHigh)}
              </td>
              <td className="num">{fmtCapacity(r.capacity)}</td>
              <td className="num">{fmtPct(r.share)}</td>
              <td className="num">{fmtHhi(r.shareSquared)}</td>
              {hasPost ? (
                r.postShare === undefined ? (
                  <td className="num muted" colSpan={3}>
                    merged into the acquirer
                  </td>
                ) : (
                  <>
                    <td className="num">{fmtCapacity(r.postCapacity!)}</td>
                    <td className="num">{fmtPct(r.postShare)}</td>
                    <td className="num">{fmtHhi(r.postShareSquared!)}</td>
                  </>
                )
              ) : null}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Sum (HHI)</th>
            <td />
            <td className="num">{fmtCapacity(e.preTotal)}</td>
            <td className="num">100.0 %</td>
            <td className="num">
              <strong>{fmtHhi(sumSq('shareSquared'))}</strong>
            </td>
            {hasPost ? (
              <>
                <td className="num">{fmtCapacity(e.postTotal!)}</td>
                <td className="num">100.0 %</td>
                <td className="num">
                  <strong>{fmtHhi(sumSq('postShareSquared'))}</strong>
                </td>
              </>
            ) : null}
          </tr>
        </tfoot>
      </table>
      {e.deltaNotes?.length ? (
        <div className="muted" style={{ fontSize: '0.88rem' }}>
          <h4>The two ΔHHI figures for a transfer</h4>
          {e.deltaNotes.map((n) => (
            <p key={n.slice(0, 24)}>{n}</p>
          ))}
        </div>
      ) : null}
    </div>
  );
}
