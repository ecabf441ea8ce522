import { formatAgainst, formatPercent } from './format';
import {
  CITATIONS,
  CONCERN,
  EU2004,
  US2010,
  US2023,
  eu2004Code,
  euSafeHarbour,
  us2010Band,
  us2010Code,
  us2023Code,
} from './screens';
import type { Screen } from './types';

/*
 * Plain-English reasons for each screen, quoting the actual figures, for the
 * case file and the filing PDF. The verdicts come from screens.ts; this file
 * only explains them.
 */

export type ScreenFacts = {
  postHhi: number;
  delta: number;
  /** Post-transaction share of the acquirer / buyer, percent. */
  mergedShare: number;
  buyerName: string;
  /** The merging party with the larger pre-transaction share, and that share. */
  largestPartyName: string;
  largestPartyPreShare: number;
  /** Transfers: why ¶20(f) was applied to the buyer and the transferred capacity (asset-deal.ts). */
  partiesBasis?: string;
};

const hhi = (v: number, t: number) => formatAgainst(v, t);
const EU_EXCEPTIONS =
  'a party is a potential entrant or a recent entrant with a small share; a party is an important innovator ' +
  'not reflected in its share; there are significant cross-shareholdings; a party is a maverick; there are ' +
  'signs of past or ongoing coordination; or a party has a pre-merger share of 50 % or more';

function us2023(f: ScreenFacts): Screen {
  const code = us2023Code(f.postHhi, f.delta, f.mergedShare);
  const dOk = f.delta > US2023.delta;
  const hOk = f.postHhi > US2023.hhi;
  const sOk = f.mergedShare > US2023.share;
  let reason: string;
  if (code === 2) {
    const grounds: string[] = [];
    if (hOk) grounds.push(`post-transaction HHI ${hhi(f.postHhi, US2023.hhi)} > 1,800 and ΔHHI ${hhi(f.delta, US2023.delta)} > 100`);
    if (sOk) grounds.push(`${f.buyerName}'s post-transaction share ${formatPercent(f.mergedShare)} > 30 % and ΔHHI ${hhi(f.delta, US2023.delta)} > 100`);
    reason =
      capitalise(grounds.join('; also, ')) +
      ': the transaction is presumed to substantially lessen competition or tend to create a monopoly (rebuttable).';
  } else {
    const why: string[] = [];
    if (!dOk) why.push(`ΔHHI ${hhi(f.delta, US2023.delta)} is not more than 100`);
    if (dOk && !hOk) why.push(`post-transaction HHI ${hhi(f.postHhi, US2023.hhi)} is not more than 1,800`);
    if (dOk && !sOk) why.push(`${f.buyerName}'s post-transaction share ${formatPercent(f.mergedShare)} is not more than 30 %`);
    reason =
      `The structural presumption is not triggered: ${why.join(' and ')}. ` +
      'The 2023 Guidelines have no safe harbour, so the transaction may still be examined on other grounds.';
  }
  return { guideline: 'us-2023', concern: CONCERN[code], reason, citation: CITATIONS['us-2023'] };
}

function us2010(f: ScreenFacts): Screen {
  const code = us2010Code(f.postHhi, f.delta);
  const band = us2010Band(f.postHhi);
  const d = (t: number) => hhi(f.delta, t);
  let reason: string;
  if (f.delta < US2010.smallDelta) {
    reason = `ΔHHI ${d(US2010.smallDelta)} < 100: an increase of less than 100 is unlikely to have adverse competitive effects and ordinarily requires no further analysis.`;
  } else if (band === 'unconcentrated') {
    reason = `Post-transaction HHI ${hhi(f.postHhi, US2010.moderate)} < 1,500: the market is unconcentrated, and the transaction is unlikely to have adverse competitive effects.`;
  } else if (band === 'moderately concentrated') {
    const where = `Post-transaction HHI ${hhi(f.postHhi, US2010.moderate)} is moderately concentrated (1,500–2,500)`;
    reason =
      code === 1
        ? `${where} and ΔHHI ${d(US2010.smallDelta)} > 100: the transaction potentially raises significant competitive concerns and often warrants scrutiny.`
        : `${where} and ΔHHI is exactly 100: §5.3 flags moderately concentrated markets only for an increase of more than 100, so no concern is indicated (a boundary case worth noting).`;
  } else {
    const where = `Post-transaction HHI ${hhi(f.postHhi, US2010.high)} > 2,500 (highly concentrated)`;
    reason =
      code === 2
        ? `${where} and ΔHHI ${d(US2010.presumedDelta)} > 200: the transaction is presumed likely to enhance market power (rebuttable by persuasive evidence).`
        : `${where} and ΔHHI ${d(f.delta - US2010.smallDelta < US2010.presumedDelta - f.delta ? US2010.smallDelta : US2010.presumedDelta)} between 100 and 200: the transaction potentially raises significant competitive concerns and often warrants scrutiny.`;
  }
  return { guideline: 'us-2010', concern: CONCERN[code], reason, citation: CITATIONS['us-2010'] };
}

function eu2004(f: ScreenFacts): Screen {
  const code = eu2004Code(f.postHhi, f.delta, f.largestPartyPreShare);
  const zone = euZone(f);
  let reason: string;
  if (code === 0) {
    reason =
      `${zone}: the Commission is unlikely to identify horizontal competition concerns (¶19–20), ` +
      `unless one of the ¶20 exceptions applies — ${EU_EXCEPTIONS}. Counsel should confirm none does.`;
  } else if (euSafeHarbour(f.postHhi, f.delta)) {
    reason =
      `${zone}, but ${f.largestPartyName} had a pre-merger share of ${formatPercent(f.largestPartyPreShare)} ` +
      `(50 % or more), an exception under ¶20(f): the safe harbour does not apply. Per ¶21 the HHI levels raise no presumption either way; the Commission will assess the transaction further.`;
  } else {
    reason =
      `${zone}: outside the ¶19 safe harbours. Per ¶21 this raises no presumption of a concern, but the Commission ` +
      `will look further, in particular at the ¶20 factors — ${EU_EXCEPTIONS}.`;
  }
  if (f.partiesBasis) reason += ` ${f.partiesBasis}`;
  return { guideline: 'eu-2004', concern: CONCERN[code], reason, citation: CITATIONS['eu-2004'] };
}

function euZone(f: ScreenFacts): string {
  const p = f.postHhi;
  if (p < EU2004.low) return `Post-merger HHI ${hhi(p, EU2004.low)} < 1,000`;
  if (p <= EU2004.high) {
    const rel = f.delta < EU2004.midDelta ? '<' : '≥';
    return `Post-merger HHI ${hhi(p, EU2004.low)} between 1,000 and 2,000 with ΔHHI ${hhi(f.delta, EU2004.midDelta)} ${rel} 250`;
  }
  const rel = f.delta < EU2004.highDelta ? '<' : '≥';
  return `Post-merger HHI ${hhi(p, EU2004.high)} > 2,000 with ΔHHI ${hhi(f.delta, EU2004.highDelta)} ${rel} 150`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function buildScreens(f: ScreenFacts): Screen[] {
  return [us2023(f), us2010(f), eu2004(f)];
}
