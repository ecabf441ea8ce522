import { formatNumber } from '@/lib/concentration/format';
import type { DocumentEdition } from './kinds';
import { redact, scrubFigures } from './redact';

/**
 * Every figure a composer prints goes through here, so the edition decides once whether it is
 * exact (confidential) or a range (non-confidential) — no composer can forget a figure.
 */
export interface Figures {
  readonly confidential: boolean;
  /** Market share in percent (0–100). */
  share(pct: number): string;
  /** Accelerators, chips, items that are business secrets. */
  count(n: number): string;
  /** Capacity in the market's unit (H100-equivalents, MW…). */
  capacity(v: number, unit?: string): string;
  /** An amount in millions. */
  money(millions: number, currency: string): string;
  hhi(v: number): string;
  delta(v: number): string;
  /** A probability as a fraction 0–1, printed in percent. */
  probability(p: number): string;
  /** Free text that may contain figures (descriptions, notes, engine explanations). */
  prose(text: string): string;
}

const decimalsFor = (v: number) => (Math.abs(v) >= 100 || Number.isInteger(v) ? 0 : Math.abs(v) >= 10 ? 1 : 2);

export const exactFigures: Figures = {
  confidential: true,
  share: (pct) => `${formatNumber(pct, 1)} %`,
  count: (n) => formatNumber(n, Number.isInteger(n) ? 0 : 1),
  capacity: (v, unit) => `${formatNumber(v, decimalsFor(v))}${unit ? ` ${unit}` : ''}`,
  money: (m, currency) => `${currency} ${formatNumber(m, Number.isInteger(m) ? 0 : 2)} m`,
  hhi: (v) => formatNumber(v, 0),
  delta: (v) => formatNumber(v, 0),
  probability: (p) => `${formatNumber(p * 100, 1)} %`,
  prose: (t) => t,
};

export const redactedFigures: Figures = {
  confidential: false,
  share: (pct) => redact('share', pct),
  count: (n) => redact('count', n),
  capacity: (v, unit) => redact('capacity', v, { unit }),
  money: (m, currency) => redact('money', m, { currency }),
  hhi: (v) => redact('hhi', v),
  delta: (v) => redact('delta', v),
  probability: (p) => redact('probability', p),
  prose: scrubFigures,
};

export function figuresFor(edition: DocumentEdition): Figures {
  return edition === 'confidential' ? exactFigures : redactedFigures;
}
