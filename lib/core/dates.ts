/** Today in UTC as YYYY-MM-DD (due dates, the day a checklist item becomes overdue). */
export function todayIso(now = new Date()) {
  return now.toISOString().slice(0, 10);
}
