
export function formatWhen(d: Date | string): string {
  return `${new Date(d).toISOString().replace('T', ' ').slice(0, 16)} UTC`;
}
