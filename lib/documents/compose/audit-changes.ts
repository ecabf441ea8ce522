/*
 * The Changes column of the audit report, for people: one line per field, "before → after" for an
 * update, "field: value" for what was created or removed, instead of raw JSON (which has no spaces,
 * so a narrow column could only break it mid-token). Pure; the exports keep the exact JSON.
 */

const MAX_VALUE = 160;
const HASH = /^[0-9a-f]{64}$/;

function value(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'string') {
    // A hash is identified by its start; the exports carry it in full.
    if (HASH.test(v)) return `${v.slice(0, 12)}…`;
    return `“${v.length > MAX_VALUE ? `${v.slice(0, MAX_VALUE)}…` : v}”`;
  }
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.length === 0 ? '(none)' : v.map(value).join(', ');
  const json = JSON.stringify(v);
  return json.length > MAX_VALUE ? `${json.slice(0, MAX_VALUE)}…` : json.replace(/,/g, ', ').replace(/:/g, ': ');
}

const isDiff = (v: unknown): v is { before: unknown; after: unknown } =>
  !!v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 2 && 'before' in v && 'after' in v;

/** "description: “old” → “new”" per changed field, one per line. */
export function describeChanges(changes: string, maxLines = 12): string {
  if (!changes) return '—';
  let parsed: unknown;
  try {
    parsed = JSON.parse(changes);
  } catch {
    return changes;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return value(parsed);
  const entries = Object.entries(parsed as Record<string, unknown>);
  if (!entries.length) return '—';
  const lines = entries.map(([k, v]) => (isDiff(v) ? `${k}: ${value(v.before)} → ${value(v.after)}` : `${k}: ${value(v)}`));
  return lines.length > maxLines ? [...lines.slice(0, maxLines), `… and ${lines.length - maxLines} more field(s)`].join('\n') : lines.join('\n');
}
