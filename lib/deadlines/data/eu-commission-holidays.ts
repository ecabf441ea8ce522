// Commission public holidays (Brussels list), as published each year by the Commission in the
// Official Journal (C series, "Public holidays of the institutions" for the calendar year).
// Working days under IR (EU) 2023/914 Art. 24 exclude Saturdays, Sundays and these days.
// Only 2023 is verified against the primary text; the other years are editable data that an
// admin should confirm against the Official Journal. 2027 is deliberately absent: deadlines that
// reach into it use the provisional list derived from these years (eu-provisional.ts), marked
// provisional until an admin enters the official one.
// Dates falling on weekends are kept when the source lists them (24–31 Dec) so the list reads
// like the published one; they change no count.

import type { CalendarYearInfo, Holiday } from '../types';

export interface EuHolidayYear extends CalendarYearInfo {
  year: number;
  /** Last date checked against the primary source, when only part of the year was. */
  verifiedThrough?: string;
  holidays: readonly Holiday[];
}

const christmasClosure = (year: number, days: readonly number[]): Holiday[] =>
  days.map((d) => ({
    date: `${year}-12-${String(d).padStart(2, '0')}`,
    name: d === 25 ? 'Christmas Day' : 'Commission year-end closure',
  }));

export const EU_COMMISSION_HOLIDAYS: readonly EuHolidayYear[] = [
  {
    year: 2023,
    source: 'Commission Decision 2021/C 201 I/02 (CELEX 32021D0528(01))',
    verified: true,
    holidays: [
      { date: '2023-01-02', name: 'Day after New Year’s Day' },
      { date: '2023-04-06', name: 'Maundy Thursday' },
      { date: '2023-04-07', name: 'Good Friday' },
      { date: '2023-04-10', name: 'Easter Monday' },
      { date: '2023-05-01', name: 'Labour Day' },
      { date: '2023-05-09', name: 'Anniversary of the Schuman Declaration' },
      { date: '2023-05-18', name: 'Ascension Day' },
      { date: '2023-05-19', name: 'Day after Ascension Day' },
      { date: '2023-05-29', name: 'Whit Monday' },
      { date: '2023-07-21', name: 'Belgian National Day' },
      { date: '2023-08-15', name: 'Assumption' },
      { date: '2023-11-01', name: 'All Saints’ Day' },
      { date: '2023-11-02', name: 'All Souls’ Day' },
      ...christmasClosure(2023, [25, 26, 27, 28, 29]),
    ],
  },
  {
    year: 2024,
    source: 'Commission Decision 2022/C 440/05',
    verified: false,
    verifiedThrough: '2024-08-15',
    note:
      'Verified against the Decision through 15 August 2024; 1 November and 24–31 December are ' +
      'unverified. 23 June, 21 July and 2 November 2024 fall on weekends, so their status changes no count. ' +
      'Doubt: the Commission’s published Phase II deadline in Liberty Media/Dorna (opened 19 December 2024, ' +
      'deadline 14 May 2025) implies one more non-working day than this list — most likely Monday 23 December 2024. ' +
      'Re-checked in December 2026 against the Official Journal text (OJ C 440, 21.11.2022, p. 15, CELEX 32022D1121(01), Italian ' +
      'version): its recitals state that Easter Sunday falls on 31 March and 24 December on a Tuesday, and the list confirms ' +
      '1 January to 15 August as above; the December part could not be read, so 23 December stays unconfirmed and is not added.',
    holidays: [
      { date: '2024-01-01', name: 'New Year’s Day' },
      { date: '2024-01-02', name: 'Day after New Year’s Day' },
      { date: '2024-03-28', name: 'Maundy Thursday' },
      { date: '2024-03-29', name: 'Good Friday' },
      { date: '2024-04-01', name: 'Easter Monday' },
      { date: '2024-05-01', name: 'Labour Day' },
      { date: '2024-05-09', name: 'Ascension Day; Anniversary of the Schuman Declaration' },
      { date: '2024-05-10', name: 'Day after Ascension Day' },
      { date: '2024-05-20', name: 'Whit Monday' },
      { date: '2024-08-15', name: 'Assumption' },
      { date: '2024-11-01', name: 'All Saints’ Day' },
      ...christmasClosure(2024, [24, 25, 26, 27, 28, 29, 30, 31]),
    ],
  },
  {
    year: 2025,
    source: 'Cited as OJ C/2024/2219 (secondary source; consistent with 2025 case deadlines)',
    verified: false,
    note: 'Not checked against the Official Journal text; consistent with published 2025 deadlines (e.g. Mars/Kellanova).',
    holidays: [
      { date: '2025-01-01', name: 'New Year’s Day' },
      { date: '2025-01-02', name: 'Day after New Year’s Day' },
      { date: '2025-04-17', name: 'Maundy Thursday' },
      { date: '2025-04-18', name: 'Good Friday' },
      { date: '2025-04-21', name: 'Easter Monday' },
      { date: '2025-05-01', name: 'Labour Day' },
      { date: '2025-05-09', name: 'Anniversary of the Schuman Declaration' },
      { date: '2025-05-29', name: 'Ascension Day' },
      { date: '2025-05-30', name: 'Day after Ascension Day' },
      { date: '2025-06-09', name: 'Whit Monday' },
      { date: '2025-07-21', name: 'Belgian National Day' },
      { date: '2025-08-15', name: 'Assumption' },
      ...christmasClosure(2025, [24, 25, 26, 27, 28, 29, 30, 31]),
    ],
  },
  {
    year: 2026,
    source: 'Secondary source (unverified)',
    verified: false,
    note: 'Unverified: confirm against the Commission decision published in the Official Journal.',
    holidays: [
      { date: '2026-01-01', name: 'New Year’s Day' },
      { date: '2026-01-02', name: 'Day after New Year’s Day' },
      { date: '2026-04-02', name: 'Maundy Thursday' },
      { date: '2026-04-03', name: 'Good Friday' },
      { date: '2026-04-06', name: 'Easter Monday' },
      { date: '2026-05-01', name: 'Labour Day' },
      { date: '2026-05-14', name: 'Ascension Day' },
      { date: '2026-05-15', name: 'Day after Ascension Day' },
      { date: '2026-05-25', name: 'Whit Monday' },
      { date: '2026-07-21', name: 'Belgian National Day' },
      { date: '2026-11-02', name: 'All Souls’ Day' },
      ...christmasClosure(2026, [24, 25, 26, 27, 28, 29, 30, 31]),
    ],
  },
];
