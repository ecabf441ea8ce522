import { formatNumber } from '@/lib/concentration/format';

/*
 * Redaction for non-confidential versions, as the public versions of EU decisions do it:
 * an exact figure becomes a range ("[20–30] %", "[30,000–40,000]") and a figure inside free
 * text becomes "[…]". Pure, so the rule is tested once and used by every document.
 *
 * HHI and ΔHHI bands break at the guideline thresholds (1,000 / 1,500 / 1,800 / 2,000 / 2,500
 * and 100 / 150 / 200 / 250), so a screen's outcome never contradicts the range printed beside it.
 */

export type ConfidentialFigure = 'share' | 'count' | 'money' | 'capacity' | 'hhi' | 'delta' | 'probability';

/** Lower bound inclusive, upper bound exclusive (except the top share band, which includes 100). */
export interface Band {
  low: number;
  high: number;
}

const SHARE_BREAKS = [0, 5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
const HHI_BREAKS = [0, 1000, 1500, 1800, 2000, 2500, 3000, 3500, 4000, 5000, 6000, 7000, 8000, 9000, 10000];
const DELTA_BREAKS = [0, 50, 100, 150, 200, 250, 500, 1000, 1500, 2000, 3000, 4000, 5000, 7500, 10000];

function fromBreaks(value: number, breaks: readonly number[]): Band {
  for (let i = 1; i < breaks.length; i++) if (value < breaks[i]) return { low: breaks[i - 1], high: breaks[i] };
  return { low: breaks[breaks.length - 2], high: breaks[breaks.length - 1] };
}

/** The leading-digit band: 37,412 → [30,000–40,000]; 8,437.5 → [8,000–9,000]; 0.37 → [0.3–0.4]. */
export function magnitudeBand(value: number): Band {
  if (value === 0) return { low: 0, high: 0 };
  if (value < 0) {
    const b = magnitudeBand(-value);
    return { low: -b.high, high: -b.low };
  }
  const step = 10 ** Math.floor(Math.log10(value));
  // Guard against 1000 → log10 = 2.9999…: a value must never sit above its own band.
  let low = Math.floor(value / step) * step;
  if (low > value) low -= step;
  return { low: roundTo(low, step), high: roundTo(low + step, step) };
}

function roundTo(v: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  return Number(v.toFixed(decimals));
}

export function bandFor(kind: ConfidentialFigure, value: number): Band {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot redact a non-finite figure (${value}).`);
  switch (kind) {
    case 'share':
      return fromBreaks(Math.min(100, Math.max(0, value)), SHARE_BREAKS);
    case 'probability':
      return fromBreaks(Math.min(100, Math.max(0, value * 100)), SHARE_BREAKS);
    case 'hhi':
      return fromBreaks(Math.min(10000, Math.max(0, value)), HHI_BREAKS);
    case 'delta':
      if (value < 0) return { low: -Infinity, high: 0 };
      return fromBreaks(Math.min(10000, value), DELTA_BREAKS);
    case 'count':
    case 'money':
    case 'capacity':
      return magnitudeBand(value);
  }
}

function bound(v: number): string {
  const decimals = Number.isInteger(v) ? 0 : Math.min(6, (String(v).split('.')[1] ?? '').length);
  return formatNumber(v, decimals);
}

/** "[20–30]" (no unit): the range that replaces an exact figure. */
export function bandLabel(kind: ConfidentialFigure, value: number): string {
  const b = bandFor(kind, value);
  if (b.low === -Infinity) return '[below 0]';
  if (b.low === b.high) return bound(b.low);
  return `[${bound(b.low)}–${bound(b.high)}]`;
}

/** The non-confidential rendering of one figure, with its unit: "[20–30] %", "USD [5,000–6,000] m". */
export function redact(kind: ConfidentialFigure, value: number, opts: { currency?: string; unit?: string } = {}): string {
  const label = bandLabel(kind, value);
  if (kind === 'share' || kind === 'probability') return `${label} %`;
  if (kind === 'money') return `${opts.currency ? `${opts.currency} ` : ''}${label} m`;
  return opts.unit ? `${label} ${opts.unit}` : label;
}
