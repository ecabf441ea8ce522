/** "1.4 MB", "820.0 KB": file sizes as people read them, the same on every page and in every message. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

const AMOUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** "8,000" or "1,234.5": an amount (a number or a NUMERIC column's string) with thousands separators. */
export function formatAmount(v: number | string): string {
  return AMOUNT.format(Number(v));
}

/**
 * A deal's estimated value in millions: "USD 8,000m – 12,000m", one figure when only one is
 * known or both are equal, and "—" when none is (never "— – —").
 */
export function formatValueRange(currency: string, low: number | string | null, high: number | string | null): string {
  const m = (v: number | string) => `${currency} ${formatAmount(v)}m`;
  if (low === null && high === null) return '—';
  if (low === null) return `up to ${m(high!)}`;
  if (high === null || Number(high) === Number(low)) return high === null ? `from ${m(low)}` : m(low);
  return `${m(low)} – ${formatAmount(high)}m`;
}

/** "1 cluster", "2,000 clusters": a count with its noun in the right number. */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? singular : plural}`;
}
