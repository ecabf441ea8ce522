/** "1.4 MB", "820 kB": sizes as people read them. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} kB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export function formatWhen(d: Date | string): string {
  return `${new Date(d).toISOString().replace('T', ' ').slice(0, 16)} UTC`;
}
