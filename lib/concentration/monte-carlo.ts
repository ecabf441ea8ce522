import type { Compiled } from './compile';
import { histogramOf } from './histogram';
import { percentiles } from './percentiles';
import { Xoshiro128, triangular } from './prng';
import type { ResolvedScenario } from './scenario';
import { eu2004Code, us2010Code, us2023Code } from './screens';
import type { MonteCarloResult } from './types';
import type { CheckedMonteCarlo } from './validate';

/*
 * Monte Carlo over the estimate ranges. Every ranged figure (each holding and
 * the transfer count) is drawn independently in every draw, uniform on
 * [low, high] by default or triangular(low, central, high). Fixed figures are
 * pre-summed per firm once, so a draw costs one pass over the ranged holdings
 * plus one pass over the firms, into a reused Float64Array.
 *
 * Choices, documented because they change the numbers:
 *  - Draws are real numbers, not rounded to whole chips: the counts are
 *    estimates whose spread dwarfs rounding, and rounding would bias narrow
 *    ranges (e.g. [0, 1]) towards their ends.
 *  - Independence is an assumption: if estimates share a source (one analyst
 *    report), their errors are correlated and the spread is understated.
 *  - A drawn transfer larger than the seller's drawn holding of that chip in
 *    the same draw is clamped to that holding (the seller cannot sell what it
 *    does not have); the fraction of such draws is reported. The deterministic
 *    low / central / high path throws instead, because there the figures were
 *    stated together and a mismatch is an input error.
 *  - Draw order is fixed (holdings in input order, then the transfer count),
 *    so the same seed and input always give the same result.
 */

export function runMonteCarlo(
  c: Compiled,
  rs: ResolvedScenario,
  opts: CheckedMonteCarlo,
  centralTotal: number,
): MonteCarloResult {
  // Shares and HHI do not depend on the unit of capacity, so everything is
  // rescaled to the central market total first: per-draw totals are then
  // close to 1 and can neither overflow nor underflow when squared.
  const base = c.base!.map((v) => v / centralTotal);
  const r = c.ranged!;
  const nFirms = base.length;
  const nRanged = r.length;
  const rFirm = r.firm;
  const rUnit = r.unit.map((v) => v / centralTotal);
  const rLow = r.low;
  const rCen = r.central;
  const rHigh = r.high;
  const rSeller = r.seller;
  const tri = opts.distribution === 'triangular';
  const rng = new Xoshiro128(opts.seed);
  // Triangular inverse-CDF constants per holding, so a draw costs one sqrt and
  // no division (same formula as triangular() in prng.ts).
  const triCut = new Float64Array(tri ? nRanged : 0);
  const triLo = new Float64Array(tri ? nRanged : 0);
  const triHi = new Float64Array(tri ? nRanged : 0);
  for (let i = 0; tri && i < nRanged; i++) {
    const span = rHigh[i] - rLow[i];
    triCut[i] = (rCen[i] - rLow[i]) / span;
    triLo[i] = span * (rCen[i] - rLow[i]);
    triHi[i] = span * (rHigh[i] - rCen[i]);
  }

  const isTransfer = rs.kind === 'transfer';
  const buyer = rs.buyer;
  const other = rs.kind === 'merger' ? rs.other : rs.seller;
  const tLow = isTransfer ? rs.units.low : 0;
  const tCen = isTransfer ? rs.units.central : 0;
  const tHigh = isTransfer ? rs.units.high : 0;
  const tUnit = isTransfer ? rs.unit / centralTotal : 0;
  const tRanged = tLow < tHigh;

  const draws = opts.draws;
  const work = new Float64Array(nFirms);
  const pre = new Float64Array(draws);
  const post = new Float64Array(draws);
  const delta = new Float64Array(draws);
  let n2023 = 0;
  let n2010 = 0;
  let nEu = 0;
  // The assets-as-a-firm convention (2·s_buyer·t), counted only for transfers.
  let f2023 = 0;
  let f2010 = 0;
  let fEu = 0;
  let clamped = 0;

  for (let k = 0; k < draws; k++) {
    work.set(base);
    let sellerUnits = c.sellerBaseUnits;
    for (let i = 0; i < nRanged; i++) {
      const u = rng.nextFloat();
      const lo = rLow[i];
      const x = !tri
        ? lo + u * (rHigh[i] - lo)
        : u < triCut[i]
          ? lo + Math.sqrt(u * triLo[i])
          : rHigh[i] - Math.sqrt((1 - u) * triHi[i]);
      work[rFirm[i]] += x * rUnit[i];
      if (rSeller[i] === 1) sellerUnits += x;
    }

    // One pass gives both Σw and Σw²: HHI = 10,000·Σw² / (Σw)².
    let total = 0;
    let sq = 0;
    for (let f = 0; f < nFirms; f++) {
      const w = work[f];
      total += w;
      sq += w * w;
    }
    const preHhi = (1e4 * sq) / (total * total);
    const scale = 100 / total;
    const sA = work[buyer] * scale;
    const sB = work[other] * scale;

    let d: number;
    let merged: number;
    let largest: number;
    if (isTransfer) {
      let units = tCen;
      if (tRanged) {
        const u = rng.nextFloat();
        units = tri ? triangular(u, tLow, tCen, tHigh) : tLow + u * (tHigh - tLow);
      }
      if (units > sellerUnits) {
        units = sellerUnits;
        clamped++;
      }
      const m = units * tUnit * scale;
      d = 2 * m * (sA - sB + m);
      merged = sA + m;
      // ¶20(f): the undertakings concerned are the buyer and the transferred part, not the seller.
      largest = sA > m ? sA : m;
      const dF = 2 * sA * m;
      const postF = preHhi + d; // the post-transaction HHI is the same under both conventions
      if (us2023Code(postF, dF, merged) !== 0) f2023++;
      if (us2010Code(postF, dF) !== 0) f2010++;
      if (eu2004Code(postF, dF, largest) !== 0) fEu++;
    } else {
      d = 2 * sA * sB;
      merged = sA + sB;
      largest = sA > sB ? sA : sB;
    }
    const postHhi = preHhi + d;
    pre[k] = preHhi;
    post[k] = postHhi;
    delta[k] = d + 0;
    if (us2023Code(postHhi, d, merged) !== 0) n2023++;
    if (us2010Code(postHhi, d) !== 0) n2010++;
    if (eu2004Code(postHhi, d, largest) !== 0) nEu++;
  }

  const deltaHhi = percentiles(delta); // sorts `delta` in place, which the histogram relies on
  const result: MonteCarloResult = {
    postHhi: percentiles(post),
    deltaHhi,
    probability: { 'us-2023': n2023 / draws, 'us-2010': n2010 / draws, 'eu-2004': nEu / draws },
    preHhi: percentiles(pre),
    draws,
    seed: opts.seed,
    distribution: opts.distribution,
    clampedTransferFraction: isTransfer ? clamped / draws : 0,
  };
  if (isTransfer) result.probabilityAssetsAsFirm = { 'us-2023': f2023 / draws, 'us-2010': f2010 / draws, 'eu-2004': fEu / draws };
  if (opts.histogram) result.deltaHistogram = histogramOf(delta, opts.histogram.bins, opts.histogram.include);
  return result;
}
