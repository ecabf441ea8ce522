import type { Compiled } from './compile';
import { formatNumber, formatPercent } from './format';
import type { Party } from './indicators';
import { deltaAssetsAsFirmAt, movedShare, type ResolvedScenario } from './scenario';
import { shareOf } from './stats';
import type { Range } from './types';

/*
 * What a transfer of part of a firm's capacity (an asset deal) needs beyond a merger: the
 * assets-as-a-firm ΔHHI convention beside the exact change, the undertakings concerned to which
 * EU HMG ¶20(f) applies, and the words that explain both in "How it was computed".
 */

type Transfer = Extract<ResolvedScenario, { kind: 'transfer' }>;

const fmt = (n: number) => formatNumber(n, Math.abs(n) < 10 && n !== 0 ? 1 : 0);
const pct = (n: number) => formatPercent(n, 2);

export const PARTS_SOURCE =
  'EUMR Art. 5(2) (on the seller’s side only the parts acquired count); Commission Consolidated Jurisdictional Notice (2008/C 95/01), undertakings concerned in an acquisition of parts';

export type AssetDeal = {
  deltaAssetsAsFirm: Range;
  /** The undertakings concerned for ¶20(f): the buyer and the transferred capacity. */
  parties: readonly [Party, Party];
  /** One sentence saying why ¶20(f) looks at those two and not at the seller's whole fleet. */
  partiesBasis: string;
  deltaNotes: string[];
};

export function assetDeal(
  compiled: Compiled,
  totals: { low: number; central: number; high: number },
  rs: Transfer,
  exactCentral: number,
): AssetDeal {
  const deltaAssetsAsFirm = {
    low: deltaAssetsAsFirmAt(compiled.low, totals.low, rs, 'low'),
    central: deltaAssetsAsFirmAt(compiled.central, totals.central, rs, 'central'),
    high: deltaAssetsAsFirmAt(compiled.high, totals.high, rs, 'high'),
  };
  const a = shareOf(compiled.central[rs.buyer], totals.central);
  const b = shareOf(compiled.central[rs.seller], totals.central);
  const t = movedShare(compiled.central, totals.central, rs, 'central');
  const assetsName = `the transferred capacity (${rs.accelerator} from ${rs.sellerName})`;
  const partiesBasis =
    `¶20(f) is applied to the undertakings concerned: ${rs.buyerName} (${pct(a)}) and ${assetsName} (${pct(t)}). ` +
    `In an acquisition of part of an undertaking the seller’s retained business is not an undertaking concerned, ` +
    `so ${rs.sellerName}’s whole pre-transaction share (${pct(b)}) is not the test (${PARTS_SOURCE}).`;
  const deltaNotes = [
    `Exact ΔHHI: ${rs.buyerName}’s share rises from a = ${pct(a)} to a + t and ${rs.sellerName}’s falls from b = ${pct(b)} to b − t, ` +
      `with t = ${pct(t)} transferred; HHI(after) − HHI(before) = 2t(a − b) + 2t² = ${fmt(exactCentral)} at central figures. ` +
      'This is the arithmetic change in the HHI and the figure the screens use first.',
    `Assets treated as a firm merging into ${rs.buyerName}: the transferred capacity is counted as a separate firm before the deal, ` +
      `so ΔHHI = 2·a·t = ${fmt(deltaAssetsAsFirm.central)} at central figures (the merger formula). It leaves out the fall in ` +
      `${rs.sellerName}’s share and exceeds the exact figure by 2t(b − t) = ${fmt(deltaAssetsAsFirm.central - exactCentral)}. ` +
      'Reviewers who treat the acquired assets as the target undertaking may quote it, so the screens are run on it too.',
    partiesBasis,
  ];
  return {
    deltaAssetsAsFirm,
    parties: [
      { name: rs.buyerName, preShare: a },
      { name: assetsName, preShare: t },
    ],
    partiesBasis,
    deltaNotes,
  };
}
