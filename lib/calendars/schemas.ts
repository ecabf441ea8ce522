import { z } from 'zod';
import { isoDate, requiredText, safeText } from '@/lib/core/fields';
import { numberInput, versionField, wellFormedString } from '@/lib/core/fields';

export const CALENDAR_KINDS = ['eu-commission', 'us-federal'] as const;
export type CalendarKindValue = (typeof CALENDAR_KINDS)[number];
export const CALENDAR_KIND_LABELS: Record<CalendarKindValue, string> = {
  'eu-commission': 'European Commission (Brussels)',
  'us-federal': 'U.S. federal (5 U.S.C. 6103)',
};

const LINE = /^(\d{4}-\d{2}-\d{2})\s+(.+)$/;

/**
 * A year of holidays as an admin types it: one "YYYY-MM-DD Name" per line. Each line is checked
 * (a real date, in the year being edited, not listed twice) and an error names the line.
 */
export const calendarYearSchema = z
  .object({
    kind: z.enum(CALENDAR_KINDS, { message: 'Choose a calendar.' }),
    year: numberInput('Enter a year.').pipe(z.number().int('Enter a whole year.').min(1990, 'From 1990.').max(2100, 'Up to 2100.')),
    source: requiredText(300, 'Source'),
    verified: z.boolean({ message: 'Tick or clear “verified”.' }).optional().default(false),
    note: safeText(1000, 'Note').default(''),
    holidays: wellFormedString('Enter one holiday per line.').pipe(z.string().max(5000, 'At most 5,000 characters.')),
    version: z.union([z.null(), versionField], { message: 'Reload the page and try again.' }).optional().transform((v) => (v === undefined ? null : v)),
  })
  .transform((v, ctx) => {
    const lines = v.holidays.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    const holidays: { date: string; name: string }[] = [];
    const seen = new Set<string>();
    for (const [i, line] of lines.entries()) {
      const where = `Line ${i + 1} (“${line.slice(0, 40)}”)`;
      const m = LINE.exec(line);
      const name = m ? safeText(120, 'Holiday name').safeParse(m[2]) : undefined;
      if (!m || !isoDate.safeParse(m[1]).success || !name?.success || !name.data) {
        ctx.addIssue({ code: 'custom', path: ['holidays'], message: `${where}: write a real date and a name, e.g. “${v.year}-05-01 Labour Day”.` });
        return z.NEVER;
      }
      if (Number(m[1].slice(0, 4)) !== v.year) {
        ctx.addIssue({ code: 'custom', path: ['holidays'], message: `${where}: ${m[1]} is not in ${v.year}.` });
        return z.NEVER;
      }
      if (seen.has(m[1])) {
        ctx.addIssue({ code: 'custom', path: ['holidays'], message: `${where}: ${m[1]} is listed twice; give it one line with both names.` });
        return z.NEVER;
      }
      seen.add(m[1]);
      holidays.push({ date: m[1], name: name.data });
    }
    holidays.sort((a, b) => a.date.localeCompare(b.date));
    return { ...v, holidays };
  });
export type CalendarYearInput = z.input<typeof calendarYearSchema>;
export type CalendarYearData = z.output<typeof calendarYearSchema>;

/** The textarea form of a year's holidays, the inverse of the parsing above. */
export function holidaysToText(holidays: readonly { date: string; name: string }[]): string {
  return holidays.map((h) => `${h.date} ${h.name}`).join('\n');
}
