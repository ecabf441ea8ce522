import { formatPercent } from './format';
import { EU2004 } from './screens';
import type { EuQuestion, Indicator } from './types';

/*
 * EU share-based indicators and the HMG ¶20 exceptions. These are not screens
 * with a verdict: they are cues for counsel, so each carries its own wording
 * and source.
 */

const HMG = 'European Commission, Guidelines on the assessment of horizontal mergers (2004/C 31/03)';

export function euIndicators(mergedShare: number, buyerName: string): Indicator[] {
  const s = formatPercent(mergedShare);
  const below25 = mergedShare < 25;
  const over50 = mergedShare >= 50;
  const band40 = mergedShare >= 40 && mergedShare < 50;
  return [
    {
      id: 'eu-combined-share-below-25',
      applies: below25,
      share: mergedShare,
      text: below25
        ? `Combined share ${s} < 25 %: under EUMR recital 32 this indicates that the concentration is compatible with the internal market (absent other factors).`
        : `Combined share ${s} is not below 25 %: the EUMR recital 32 indication of compatibility is not available.`,
      citation: 'Council Regulation (EC) No 139/2004 (EUMR), recital 32',
    },
    {
      id: 'eu-dominance-50',
      applies: over50,
      share: mergedShare,
      text: over50
        ? `${buyerName}'s post-transaction share ${s} ≥ 50 %: a share this large may in itself be evidence of a dominant market position.`
        : `${buyerName}'s post-transaction share ${s} is below 50 %: no dominance indicator from share alone.`,
      citation: `${HMG}, ¶17`,
    },
    {
      id: 'eu-dominance-40-50',
      applies: band40,
      share: mergedShare,
      text: band40
        ? `${buyerName}'s post-transaction share ${s} is between 40 % and 50 %: dominance has been found at shares in this range; consider the market structure closely.`
        : `${buyerName}'s post-transaction share ${s} is outside the 40–50 % range in which dominance has been found in some cases.`,
      citation: `${HMG}, ¶17 and the decisions cited there`,
    },
  ];
}

export type Party = { name: string; preShare: number };

/** `basis` says who the parties are when that is not obvious (an acquisition of part of a firm). */
export function euQuestions(parties: readonly [Party, Party], basis?: string): EuQuestion[] {
  const big = parties.filter((p) => p.preShare >= EU2004.dominantShare);
  const detail = parties.map((p) => `${p.name} ${formatPercent(p.preShare)}`).join(', ');
  return [
    { id: 'a', question: 'Is either party a potential entrant, or a recent entrant with a small market share? (¶20(a))', answer: 'for-counsel' },
    { id: 'b', question: 'Is either party an important innovator in ways not reflected in its market share? (¶20(b))', answer: 'for-counsel' },
    { id: 'c', question: 'Are there significant cross-shareholdings among the market participants? (¶20(c))', answer: 'for-counsel' },
    { id: 'd', question: 'Is either party a maverick with a high likelihood of disrupting coordinated conduct? (¶20(d))', answer: 'for-counsel' },
    { id: 'e', question: 'Are there indications of past or ongoing coordination, or facilitating practices? (¶20(e))', answer: 'for-counsel' },
    {
      id: 'f',
      question: 'Does either undertaking concerned have a pre-merger market share of 50 % or more? (¶20(f))',
      // This one follows from the market data, so the app answers it.
      answer: big.length > 0 ? 'yes' : 'no',
      detail: `Pre-transaction shares at central figures: ${detail}.` + (basis ? ` ${basis}` : ''),
    },
  ];
}
