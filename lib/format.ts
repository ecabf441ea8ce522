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
