// iCalendar (RFC 5545) serializer for deadline feeds. Pure: no database, no Next.js.
// Only what the feeds need: all-day events (VALUE=DATE) and instants in UTC, so no VTIMEZONE.

export type IcsStart = { date: string } | { utc: string };

export interface IcsEvent {
  /** Stable across regenerations, so a calendar app replaces the event instead of duplicating it. */
  uid: string;
  summary: string;
  description?: string;
  url?: string;
  /** An all-day date 'YYYY-MM-DD', or an instant 'YYYY-MM-DDTHH:MM:SSZ' (shown at that moment, no duration). */
  start: IcsStart;
  categories?: readonly string[];
}

export interface IcsCalendar {
  prodId: string;
  name: string;
  description?: string;
  /** When the feed was generated: every event's DTSTAMP. */
  generatedAt: Date;
  events: readonly IcsEvent[];
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/;
const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** TEXT values (RFC 5545 3.3.11): escape \ ; , and newlines; drop other control characters. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n|\r/g, '\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

const encoder = new TextEncoder();
const octets = (s: string) => encoder.encode(s).length;

/**
 * Folds a content line at 75 octets (RFC 5545 3.1): continuation lines start with one space,
 * which counts towards their 75. Splits only between code points, so a multi-byte UTF-8
 * character is never cut in half.
 */
export function foldLine(line: string): string {
  if (octets(line) <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const n = octets(char);
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = MAX_OCTETS - 1;
    }
    current += char;
    size += n;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

export function formatDate(date: string): string {
  const m = DATE.exec(date);
  if (!m) throw new RangeError(`Not a date: ${date}`);
  return `${m[1]}${m[2]}${m[3]}`;
}

export function formatInstant(value: Date | string): string {
  const iso = typeof value === 'string' ? value : value.toISOString();
  const m = INSTANT.exec(iso);
  if (!m) throw new RangeError(`Not a UTC instant: ${iso}`);
  return `${m[1]}${m[2]}${m[3]}T${m[4]}${m[5]}${m[6]}Z`;
}

function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return next.toISOString().slice(0, 10);
}

function eventLines(event: IcsEvent, dtstamp: string): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(event.uid)}`, `DTSTAMP:${dtstamp}`];
  if ('date' in event.start) {
    // DTEND of an all-day event is exclusive: the next day.
    lines.push(`DTSTART;VALUE=DATE:${formatDate(event.start.date)}`, `DTEND;VALUE=DATE:${formatDate(nextDay(event.start.date))}`);
  } else {
    // No DTEND: the event is the instant itself (RFC 5545 3.6.1).
    lines.push(`DTSTART:${formatInstant(event.start.utc)}`);
  }
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  if (event.categories?.length) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

/** The whole calendar as one string with CRLF line endings, folded, ending in CRLF. */
export function serializeIcs(calendar: IcsCalendar): string {
  const dtstamp = formatInstant(calendar.generatedAt);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(calendar.name)}`,
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...(calendar.description ? [`X-WR-CALDESC:${escapeText(calendar.description)}`] : []),
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
    ...calendar.events.flatMap((e) => eventLines(e, dtstamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
