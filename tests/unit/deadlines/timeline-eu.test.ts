import { describe, expect, it } from 'vitest';
import { computeEuTimeline, euPhase2Deadline, EventSequenceError, MissingCalendarError, type EuEvent } from '@/lib/deadlines';

const byKey = (items: ReturnType<typeof computeEuTimeline>) => Object.fromEntries(items.map((i) => [i.key, i]));
const notified: EuEvent = { type: 'notification', date: '2025-05-16' };
const opened: EuEvent = { type: 'phase2-opened', date: '2025-06-25' };
/** The date of working day `n` of Mars/Kellanova's Phase II (no suspension). */
const phase2Day = (n: number) => euPhase2Deadline({ openedOn: '2025-06-25' }).trace.find((s) => s.dayNumber === n)!.date;

describe('computeEuTimeline', () => {
  it('Phase I only: deadline and the Phase I commitments deadline (IR Art. 19(1), 20 WD)', () => {
    const items = byKey(computeEuTimeline([notified], undefined, { asOf: '2025-05-20' }));
    expect(items['eu-phase1']).toMatchObject({ date: '2025-06-25', status: 'running', label: 'Phase I deadline' });
    // Day 1 Mon 19 May; 29–30 May and Whit Monday 9 Jun skipped; day 20 is Wed 18 Jun 2025.
    expect(items['eu-phase1-commitments']).toMatchObject({ date: '2025-06-18', status: 'running' });
    expect(items['eu-phase1'].citation).toContain('Art. 10(1)');
  });

  it('Phase I commitments extend to 35 WD; the 25 WD date is kept as superseded', () => {
    const items = byKey(computeEuTimeline([{ type: 'notification', date: '2023-11-30' }, { type: 'commitments', date: '2024-01-08', phase: 1 }]));
    expect(items['eu-phase1-original']).toMatchObject({ date: '2024-01-15', status: 'superseded' });
    expect(items['eu-phase1-original'].explanation[0]).toBe('Superseded: extended to 35 working days by commitments offered on Monday 8 January 2024.');
    expect(items['eu-phase1']).toMatchObject({ date: '2024-01-29', status: 'running' });
  });

  it('an Art. 9 request also extends Phase I to 35 WD', () => {
    const items = byKey(computeEuTimeline([{ type: 'notification', date: '2023-06-01' }, { type: 'art9-request', date: '2023-06-14' }]));
    expect(items['eu-phase1'].date).toBe('2023-07-20');
  });

  it('warns when Phase I commitments come after working day 20', () => {
    const items = byKey(computeEuTimeline([{ type: 'notification', date: '2023-06-01' }, { type: 'commitments', date: '2023-07-03', phase: 1 }]));
    expect(items['eu-phase1'].explanation.at(-1)).toBe('Phase I commitments were offered on Monday 3 July 2023, working day 22: IR Art. 19(1) requires them within 20 working days of notification.');
  });

  it('Mars/Kellanova: Phase I ended by the opening, Phase II with the stop-the-clock → 19 Dec 2025', () => {
    const items = byKey(computeEuTimeline([notified, opened, { type: 'stop-clock', stoppedOn: '2025-07-28', restartedOn: '2025-09-16' }], undefined, { asOf: '2025-10-01' }));
    expect(items['eu-phase1']).toMatchObject({ date: '2025-06-25', status: 'ended' });
    expect(items['eu-phase1-commitments']).toBeUndefined();
    expect(items['eu-phase2-original']).toMatchObject({ date: '2025-10-31', status: 'superseded' });
    expect(items['eu-phase2']).toMatchObject({ date: '2025-12-19', status: 'running' });
  });

  it('an open stop-the-clock gives no date, status suspended and the working days remaining', () => {
    const items = byKey(computeEuTimeline([notified, opened, { type: 'stop-clock', stoppedOn: '2025-07-28' }]));
    expect(items['eu-phase2']).toMatchObject({ date: null, status: 'suspended' });
    // 26 Jun – 25 Jul 2025 is 21 working days (21 Jul is a holiday), so 69 remain.
    expect(items['eu-phase2'].explanation[1]).toBe('21 of 90 working days had run; 69 working days remain, counted from the restart date (the stop date itself is not used up).');
  });

  it('Phase II commitments on working day 55 add 15 WD; on day 54 they do not', () => {
    const late = byKey(computeEuTimeline([notified, opened, { type: 'commitments', date: phase2Day(55), phase: 2 }]));
    expect(late['eu-phase2'].date).toBe(euPhase2Deadline({ openedOn: '2025-06-25', extraWorkingDays: 15 }).deadline);
    expect(late['eu-phase2'].explanation.at(-1)).toContain('working day 55 (on or after working day 55');
    const early = byKey(computeEuTimeline([notified, opened, { type: 'commitments', date: phase2Day(54), phase: 2 }]));
    expect(early['eu-phase2'].date).toBe('2025-10-31');
    expect(early['eu-phase2'].explanation.at(-1)).toContain('working day 54, before working day 55: no extension');
  });

  it('late commitments and a 20 WD extension make 125 WD; the commitments deadline moves by the extension only', () => {
    const items = byKey(computeEuTimeline([
      notified, opened,
      { type: 'extension', date: '2025-07-10', workingDays: 20 },
      { type: 'commitments', date: phase2Day(60), phase: 2 },
    ]));
    expect(items['eu-phase2'].date).toBe(euPhase2Deadline({ openedOn: '2025-06-25', extraWorkingDays: 35 }).deadline);
    expect(items['eu-phase2-commitments'].date).toBe(phase2Day(85));
  });

  it('a decision ends Phase II', () => {
    const items = byKey(computeEuTimeline([notified, opened, { type: 'stop-clock', stoppedOn: '2025-07-28', restartedOn: '2025-09-16' }, { type: 'decision', date: '2025-12-08', article: '8(1)' }]));
    expect(items['eu-phase2'].status).toBe('ended');
    expect(items['eu-decision']).toMatchObject({ date: '2025-12-08', status: 'ended', label: 'Decision under Art. 8(1)' });
  });

  it('refuses Phase II opened after the Phase I deadline (deemed cleared, Art. 10(6))', () => {
    expect(() => computeEuTimeline([notified, { type: 'phase2-opened', date: '2025-06-26' }])).toThrow(EventSequenceError);
    expect(() => computeEuTimeline([notified, { type: 'phase2-opened', date: '2025-06-26' }])).toThrow(/after the Phase I deadline of Wednesday 25 June 2025: a concentration not decided by then is deemed cleared \(Art\. 10\(6\) EUMR\)/);
  });

  it('refuses a Phase II decision after the Phase II deadline', () => {
    expect(() => computeEuTimeline([notified, opened, { type: 'decision', date: '2025-11-03', article: '8(1)' }])).toThrow(/after the Phase II deadline of Friday 31 October 2025/);
  });

  it('refuses an invalid sequence with the validator message', () => {
    expect(() => computeEuTimeline([{ type: 'decision', date: '2025-05-01', article: '6(1)(b)' }, notified])).toThrow('comes before the notification on Friday 16 May 2025');
  });

  it('computes only from the latest notification after a withdrawal', () => {
    const items = computeEuTimeline([notified, { type: 'decision', date: '2025-06-10', article: 'withdrawal' }, { type: 'notification', date: '2025-07-01' }]);
    expect(items[0]).toMatchObject({ key: 'eu-withdrawal-2025-06-10', status: 'ended' });
    // 1 Jul 2025 → day 1 Wed 2 Jul; 21 Jul skipped → Wed 6 Aug.
    expect(byKey(items)['eu-phase1'].date).toBe('2025-08-06');
  });

  it('propagates MissingCalendarError when a deadline reaches a year with no rule (2032)', () => {
    expect(() => computeEuTimeline([{ type: 'notification', date: '2031-12-01' }])).toThrow(MissingCalendarError);
  });

  it('returns nothing before a notification', () => {
    expect(computeEuTimeline([{ type: 'pre-notification', date: '2025-01-10' }])).toEqual([]);
  });
});

describe('computeEuTimeline — commitments while the clock is stopped', () => {
  it('counts the working day of commitments offered during an open stop as the last day before it', () => {
    const items = Object.fromEntries(computeEuTimeline([
      { type: 'notification', date: '2025-05-16' },
      { type: 'phase2-opened', date: '2025-06-25' },
      { type: 'stop-clock', stoppedOn: '2025-07-28' },
      { type: 'commitments', date: '2025-10-20', phase: 2 },
    ]).map((i) => [i.key, i]));
    // 21 working days had run at the stop, so these commitments are on working day 21: no +15.
    expect(items['eu-phase2'].explanation[1]).toContain('69 working days remain');
    expect(items['eu-phase2'].explanation).toContain('Commitments offered on Monday 20 October 2025, working day 21, before working day 55: no extension.');
  });
});
