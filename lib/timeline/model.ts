// PURE: the case timeline as data — every review's phases (from the event that started each
// period to its deadline), recorded events, suspensions and the long-stop date — and the one
// question counsel asks of it: does the latest expected clearance pass the long-stop date?
// No database, no Next.js: the page, the PDFs and the auditor package draw the same model.

export interface TimelineDeadlineInput {
  label: string;
  /** Null while the date cannot be known (clock stopped, compliance not certified). */
  date: string | null;
  /** The day the period started (its triggering event), when the period has one. */
  start: string | null;
  /** upcoming / overdue / pending / suspended are still open; the rest are history. */
  state: string;
}

export interface TimelineReviewInput {
  title: string;
  events: { label: string; date: string }[];
  deadlines: TimelineDeadlineInput[];
  suspensions: { from: string; to: string | null }[];
}

export interface TimelineBar { label: string; from: string; to: string; open: boolean }
export interface TimelineLane {
  title: string;
  bars: TimelineBar[];
  deadlines: { label: string; date: string; open: boolean }[];
  events: { label: string; date: string }[];
  suspensions: { from: string; to: string | null }[];
  unknown: string[];
}

export interface CaseTimelineModel {
  from: string;
  to: string;
  today: string;
  longStopDate: string | null;
  lanes: TimelineLane[];
  latestClearance: { date: string; review: string; label: string } | null;
  /** Reviews whose open deadline has no date yet: the latest clearance cannot be known. */
  undetermined: string[];
  warning: string | null;
  summary: string;
}

const OPEN = new Set(['upcoming', 'overdue', 'pending', 'suspended']);
const ISO = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(value: string, what: string): string {
  if (!ISO.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) throw new Error(`${what}: “${value}” is not a date (YYYY-MM-DD).`);
  return value;
}

function long(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function buildCaseTimeline(input: { reviews: TimelineReviewInput[]; longStopDate: string | null; today: string }): CaseTimelineModel {
  const today = checkDate(input.today, 'Today');
  const longStop = input.longStopDate === null ? null : checkDate(input.longStopDate, 'Long-stop date');
  const dates: string[] = [today, ...(longStop ? [longStop] : [])];
  let latest: CaseTimelineModel['latestClearance'] = null;
  const undetermined: string[] = [];
  const lanes = input.reviews.map((r): TimelineLane => {
    const lane: TimelineLane = { title: r.title, bars: [], deadlines: [], events: [], suspensions: [], unknown: [] };
    for (const e of r.events) lane.events.push({ label: e.label, date: checkDate(e.date, `${r.title}: ${e.label}`) });
    for (const s of r.suspensions) lane.suspensions.push({ from: checkDate(s.from, `${r.title}: suspension`), to: s.to && checkDate(s.to, `${r.title}: restart`) });
    for (const d of r.deadlines) {
      const open = OPEN.has(d.state);
      if (d.date === null) {
        if (open) lane.unknown.push(d.label);
        continue;
      }
      const date = checkDate(d.date, `${r.title}: ${d.label}`);
      lane.deadlines.push({ label: d.label, date, open });
      if (d.start && d.start <= date) lane.bars.push({ label: d.label, from: checkDate(d.start, `${r.title}: ${d.label} start`), to: date, open });
      if (open && (latest === null || date > latest.date)) latest = { date, review: r.title, label: d.label };
    }
    if (lane.unknown.length) undetermined.push(r.title);
    dates.push(...lane.events.map((e) => e.date), ...lane.deadlines.map((d) => d.date), ...lane.bars.map((b) => b.from));
    dates.push(...lane.suspensions.flatMap((s) => (s.to ? [s.from, s.to] : [s.from])));
    return lane;
  });
  dates.sort();
  const found = latest as CaseTimelineModel['latestClearance'];
  const passes = found !== null && longStop !== null && found.date > longStop;
  const warning = passes
    ? `Warning: the latest expected clearance — ${found.review}, ${found.label}, ${long(found.date)} — is after the long-stop date of ${long(longStop as string)}.`
    : null;
  const parts = [
    found ? `Latest expected clearance under the facts recorded: ${found.review}, ${found.label}, ${long(found.date)}.` : 'No open review deadline is dated yet.',
    longStop ? `Long-stop date: ${long(longStop)}.` : 'No long-stop date is recorded.',
    ...(undetermined.length ? [`Not yet determinable: ${undetermined.join('; ')} (a deadline without a date).`] : []),
    ...(warning ? [warning] : []),
  ];
  return { from: dates[0], to: dates[dates.length - 1], today, longStopDate: longStop, lanes, latestClearance: found, undetermined, warning, summary: parts.join(' ') };
}
