// Turnover data often arrives piecemeal. Each legal condition is evaluated to true, false or
// unknown so that a threshold already missed with the figures at hand is reported as not met,
// and one that hinges on a missing figure is reported as incomplete — never assumed.

export type Tri = true | false | 'unknown';

export function and(...values: Tri[]): Tri {
  if (values.includes(false)) return false;
  return values.includes('unknown') ? 'unknown' : true;
}

export function not(value: Tri): Tri {
  return value === 'unknown' ? 'unknown' : !value;
}

/** "At least `n` of these are true." */
export function atLeast(n: number, values: Tri[]): Tri {
  const yes = values.filter((v) => v === true).length;
  const possible = yes + values.filter((v) => v === 'unknown').length;
  if (yes >= n) return true;
  return possible >= n ? 'unknown' : false;
}

/** Sum > limit, when some terms are unknown but the known ones may already settle it. */
export function sumExceeds(values: Array<number | undefined>, limit: number): Tri {
  const known = values.reduce<number>((sum, v) => sum + (v ?? 0), 0);
  if (known > limit) return true;
  return values.some((v) => v === undefined) ? 'unknown' : false;
}

export function exceeds(value: number | undefined, limit: number): Tri {
  return value === undefined ? 'unknown' : value > limit;
}
