// Deadlines the Commission published, recomputed from the bundled calendar. Each vector was
// also counted by hand against the holiday list; sources are the Commission's press releases as
// reported (Reuters, Agence Europe and others).
import { describe, expect, it } from 'vitest';
import {
  calendarFromRecord,
  computeEuTimeline,
  EU_COMMISSION_CALENDAR,
  euPhase1Deadline,
  euPhase2Deadline,
  isWorkingDay,
} from '@/lib/deadlines';

describe('Amazon/iRobot', () => {
  it('notified Thu 1 Jun 2023 → Phase I deadline Thu 6 Jul 2023', () => {
    const result = euPhase1Deadline({ notifiedOn: '2023-06-01' });
    expect(result.deadline).toBe('2023-07-06');
    expect(result.explanation[0]).toContain('Day 1 is Friday 2 June 2023');
    expect(result.explanation[1]).toContain('skipped 10 weekend days and 0 Commission holidays');
    expect(result.explanation.at(-1)).toBe('Deadline: Thursday 6 July 2023 (end of day, IR Art. 8).');
  });

  it('23 June (Luxembourg-only holiday) is a Brussels working day', () => {
    expect(isWorkingDay('2023-06-23')).toBe(true);
    const trace = euPhase1Deadline({ notifiedOn: '2023-06-01' }).trace;
    expect(trace.find((s) => s.date === '2023-06-23')).toMatchObject({ kind: 'counted', dayNumber: 16 });
  });

  it('Phase II opened 6 Jul 2023 → 15 Nov 2023; +20 WD extension → 13 Dec 2023', () => {
    expect(euPhase2Deadline({ openedOn: '2023-07-06' }).deadline).toBe('2023-11-15');
    expect(euPhase2Deadline({ openedOn: '2023-07-06', extraWorkingDays: 20 }).deadline).toBe('2023-12-13');
  });

  it('stopped with effect 29 Aug 2023 → published deadline 14 Feb 2024, commitments due Wed 10 Jan 2024', () => {
    // The restart date was not in our sources: 20 Oct 2023 is the one that yields the published
    // 14 Feb 2024. The commitments deadline is an independent check of IR Art. 19(2): 65 WD
    // lengthened by the 20-day extension fall exactly 25 WD before the decision deadline.
    const items = computeEuTimeline([
      { type: 'notification', date: '2023-06-01' },
      { type: 'phase2-opened', date: '2023-07-06' },
      { type: 'extension', date: '2023-07-19', workingDays: 20 },
      { type: 'stop-clock', stoppedOn: '2023-08-29', restartedOn: '2023-10-20' },
    ]);
    expect(items.find((i) => i.key === 'eu-phase2')?.date).toBe('2024-02-14');
    expect(items.find((i) => i.key === 'eu-phase2-commitments')?.date).toBe('2024-01-10');
  });
});

describe('Adobe/Figma', () => {
  it('notified Fri 30 Jun 2023 → Phase I deadline Mon 7 Aug 2023 across Belgian National Day', () => {
    const result = euPhase1Deadline({ notifiedOn: '2023-06-30' });
    expect(result.deadline).toBe('2023-08-07');
    expect(result.trace.find((s) => s.date === '2023-07-21')).toMatchObject({ kind: 'holiday', note: 'Holiday: Belgian National Day' });
  });

  it('Phase II opened 7 Aug 2023 → 14 Dec 2023; extended two weeks across the year end → 8 Jan 2024', () => {
    expect(euPhase2Deadline({ openedOn: '2023-08-07' }).deadline).toBe('2023-12-14');
    const extended = euPhase2Deadline({ openedOn: '2023-08-07', extraWorkingDays: 10 });
    expect(extended.deadline).toBe('2024-01-08');
    const skipped = extended.trace.filter((s) => s.kind === 'holiday').map((s) => s.date);
    expect(skipped).toEqual(expect.arrayContaining(['2023-12-25', '2023-12-29', '2024-01-01', '2024-01-02']));
  });

  it('clock stopped 19 Sep 2023 → published 5 Feb 2024 with a restart on 17 Oct 2023', () => {
    const result = euPhase2Deadline({
      openedOn: '2023-08-07',
      extraWorkingDays: 10,
      suspensions: [{ stoppedOn: '2023-09-19', restartedOn: '2023-10-17' }],
    });
    expect(result.deadline).toBe('2024-02-05');
  });
});

describe('Lufthansa/ITA: 35 working days over the year end, Phase II over Easter', () => {
  it('notified 30 Nov 2023 with commitments → 29 Jan 2024 (35 WD); 25 WD would be 15 Jan 2024', () => {
    expect(euPhase1Deadline({ notifiedOn: '2023-11-30', extended: true }).deadline).toBe('2024-01-29');
    expect(euPhase1Deadline({ notifiedOn: '2023-11-30' }).deadline).toBe('2024-01-15');
  });

  it('Phase II opened 23 Jan 2024 → 6 Jun 2024, skipping Easter and the May holidays', () => {
    const result = euPhase2Deadline({ openedOn: '2024-01-23' });
    expect(result.deadline).toBe('2024-06-06');
    const names = result.trace.filter((s) => s.kind === 'holiday').map((s) => s.note);
    expect(names).toEqual([
      'Holiday: Maundy Thursday', 'Holiday: Good Friday', 'Holiday: Easter Monday', 'Holiday: Labour Day',
      'Holiday: Ascension Day; Anniversary of the Schuman Declaration', 'Holiday: Day after Ascension Day', 'Holiday: Whit Monday',
    ]);
  });
});

describe('Mars/Kellanova: the reference example', () => {
  it('notified 16 May 2025 → Phase I deadline 25 Jun 2025, the day Phase II was opened', () => {
    expect(euPhase1Deadline({ notifiedOn: '2025-05-16' }).deadline).toBe('2025-06-25');
  });

  it('Phase II opened Wed 25 Jun 2025 → 31 Oct 2025 (90 WD)', () => {
    expect(euPhase2Deadline({ openedOn: '2025-06-25' }).deadline).toBe('2025-10-31');
    // Opening a day earlier would give 30 Oct: the published date pins the opening to 25 June.
    expect(euPhase2Deadline({ openedOn: '2025-06-24' }).deadline).toBe('2025-10-30');
  });

  it('stopped with effect 28 Jul 2025, restarted 16 Sep 2025 → 19 Dec 2025', () => {
    const result = euPhase2Deadline({
      openedOn: '2025-06-25',
      suspensions: [{ stoppedOn: '2025-07-28', restartedOn: '2025-09-16' }],
    });
    expect(result.deadline).toBe('2025-12-19');
    const suspended = result.trace.filter((s) => s.kind === 'suspended');
    expect(suspended[0].date).toBe('2025-07-28');
    expect(suspended.at(-1)?.date).toBe('2025-09-15');
    expect(result.explanation).toContain('In all 50 calendar days (35 working days) were suspended.');
  });
});

describe('Liberty Media/Dorna: a doubt about the 2024 year-end closure', () => {
  // Published: Phase II opened Thu 19 Dec 2024, 90 WD until 14 May 2025, +20 WD to 16 Jun 2025.
  // The reference's 2024 list (24–31 Dec, unverified after 15 Aug) gives one day less. Adding
  // Mon 23 Dec 2024 — which would also bring 2024 to the usual 18 days, 9 May having coincided
  // with Ascension — reproduces both published dates. Kept as a test so the doubt stays visible.
  it('with the bundled calendar the result is one working day early', () => {
    expect(euPhase2Deadline({ openedOn: '2024-12-19' }).deadline).toBe('2025-05-13');
  });

  it('an admin calendar adding 23 Dec 2024 reproduces 14 May and 16 Jun 2025', () => {
    const calendar = calendarFromRecord('eu-commission', {
      2024: [...EU_COMMISSION_CALENDAR.holidays(2024)!, { date: '2024-12-23', name: 'Year-end closure (assumed)' }],
      2025: EU_COMMISSION_CALENDAR.holidays(2025)!,
    });
    expect(euPhase2Deadline({ openedOn: '2024-12-19', calendar }).deadline).toBe('2025-05-14');
    expect(euPhase2Deadline({ openedOn: '2024-12-19', extraWorkingDays: 20, calendar }).deadline).toBe('2025-06-16');
  });
});
