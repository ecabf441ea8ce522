import { ConcentrationError } from './errors';

/**
 * Number formatting for reasons and error messages.
 *
 * Done by hand rather than with toLocaleString so the text is identical on
 * every server and in the PDF regardless of the ICU data the runtime ships.
 */
export function formatNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return String(value);
  const negative = value < 0;
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, frac] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  // "-0" would read as a sign error to a lawyer.
  const sign = negative && /[1-9]/.test(fixed) ? '-' : '';
  return sign + grouped + (frac ? '.' + frac : '');
}

/**
 * Formats a value that is about to be compared with a threshold, e.g.
 * "HHI 1,800.4 > 1,800". Whole numbers are used unless rounding would make the
 * value look equal to the threshold (or on the wrong side of it), which would
 * make the stated reason look self-contradictory.
 */
export function formatAgainst(value: number, threshold: number, maxDecimals = 4): string {
  for (let d = 0; d <= maxDecimals; d++) {
    const rounded = Number(value.toFixed(d));
    const sameSide = Math.sign(value - threshold) === Math.sign(rounded - threshold);
    if (sameSide) return formatNumber(value, d);
  }
  return formatNumber(value, maxDecimals);
}

/** Share in percent with one decimal, e.g. "32.4 %". */
export function formatPercent(sharePct: number, decimals = 1): string {
  return `${formatNumber(sharePct, decimals)} %`;
}

/**
 * Form CO section 7.1 asks for market shares in bands ("[20–25] %") so that
 * the public version does not reveal exact figures. Bands are 5 points wide;
 * the lower bound is inclusive (25.0 % → "[25–30] %"), except that 100 % falls
 * in the top band "[95–100] %".
 */
export function formatShareBand(sharePct: number): string {
  if (!Number.isFinite(sharePct) || sharePct < 0 || sharePct > 100 + 1e-9) {
    throw new ConcentrationError(
      `A market share must be between 0 % and 100 % to be shown as a band; got ${String(sharePct)}.`,
    );
  }
  const lower = Math.min(95, Math.floor(sharePct / 5) * 5);
  return `[${lower}–${lower + 5}] %`;
}
