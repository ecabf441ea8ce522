import type { Compiled } from './compile';
import type { Explain, ExplainRow, Metric } from './types';
import { UNIT_LABEL } from './constants';
import { shareOf } from './stats';

/*
 * The "how it was computed" table: per firm capacity, share and share², before
 * and after, so counsel can check the HHI by hand and the PDF can show the
 * working rather than a bare number.
 */

const NOTES: Record<Metric, string> = {
  count: 'Capacity is the number of accelerators held.',
  compute: 'Capacity is count × dense BF16 TFLOP/s ÷ 989.4, i.e. NVIDIA H100 SXM equivalents.',
  power: 'Capacity is count × board power (W) ÷ 1,000,000, i.e. megawatts.',
};

export function buildExplain(
  c: Compiled,
  metric: Metric,
  preTotal: number,
  post?: { totals: Float64Array; total: number; removed: number },
): Explain {
  const rows: ExplainRow[] = new Array(c.firmNames.length);
  for (let i = 0; i < rows.length; i++) {
    const share = shareOf(c.central[i], preTotal);
    const row: ExplainRow = {
      firm: c.firmNames[i],
      capacity: c.central[i],
      share,
      shareSquared: share * share,
      capacityLow: c.low[i],
      capacityHigh: c.high[i],
    };
    // A merger target has no post-transaction row: its capacity is in the acquirer's.
    if (post && i !== post.removed) {
      const ps = shareOf(post.totals[i], post.total);
      row.postCapacity = post.totals[i];
      row.postShare = ps;
      row.postShareSquared = ps * ps;
    }
    rows[i] = row;
  }
  return {
    unit: UNIT_LABEL[metric],
    metric,
    rows,
    preTotal,
    postTotal: post?.total,
    note: NOTES[metric] + ' Shares are percent of the market total; HHI is the sum of squared shares.',
  };
}
