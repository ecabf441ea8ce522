import { describe, expect, it } from 'vitest';
import { DeadlineInputError, hsrSecondRequestEnd, hsrWaitingPeriodEnd, MissingCalendarError } from '@/lib/deadlines';

describe('HSR initial waiting period (16 CFR 803.10)', () => {
  it('30th day on a business day: received Mon 5 Jan 2026 → Wed 4 Feb 2026, 11:59 p.m. EST', () => {
    const result = hsrWaitingPeriodEnd({ receivedOn: '2026-01-05' });
    expect(result.endsOn).toBe('2026-02-04');
    expect(result.endsAt).toEqual({
      description: '11:59 p.m. Eastern Standard Time (EST) on Wednesday 4 February 2026',
      iso: '2026-02-05T04:59:00Z',
      zone: 'EST',
    });
  });

  it('30th day is Saturday before Labor Day: received Thu 31 Jul 2025 → Tue 2 Sep 2025', () => {
    const result = hsrWaitingPeriodEnd({ receivedOn: '2025-07-31' });
    expect(result.endsOn).toBe('2025-09-02');
    expect(result.endsAt.iso).toBe('2025-09-03T03:59:00Z');
    expect(result.trace.slice(-5).map((s) => [s.date, s.kind])).toEqual([
      ['2025-08-30', 'weekend'], ['2025-08-31', 'weekend'], ['2025-09-01', 'holiday'], ['2025-09-02', 'rolled'], ['2025-09-02', 'end'],
    ]);
    expect(result.explanation[1]).toContain('Monday 1 September 2025 (Labor Day)');
  });

  it('30th day is Saturday before MLK Day: received Thu 18 Dec 2025 → Tue 20 Jan 2026', () => {
    expect(hsrWaitingPeriodEnd({ receivedOn: '2025-12-18' }).endsOn).toBe('2026-01-20');
  });

  it('30th day is the observed Independence Day, Fri 3 Jul 2026 → Mon 6 Jul 2026', () => {
    const result = hsrWaitingPeriodEnd({ receivedOn: '2026-06-03' });
    expect(result.endsOn).toBe('2026-07-06');
    expect(result.trace.find((s) => s.date === '2026-07-03' && s.kind === 'holiday')?.note).toBe('Legal public holiday: Independence Day (observed)');
  });

  it('30th day is Fri 31 Dec 2027 (New Year 2028 observed) → Mon 3 Jan 2028', () => {
    const result = hsrWaitingPeriodEnd({ receivedOn: '2027-12-01' });
    expect(result.endsOn).toBe('2028-01-03');
    expect(result.endsAt.iso).toBe('2028-01-04T04:59:00Z');
  });

  it('cash tender offer: 15th day (received Mon 2 Mar 2026 → Tue 17 Mar 2026, EDT)', () => {
    const result = hsrWaitingPeriodEnd({ receivedOn: '2026-03-02', kind: 'cash-tender' });
    expect(result.endsOn).toBe('2026-03-17');
    expect(result.endsAt.zone).toBe('EDT');
    expect(result.endsAt.iso).toBe('2026-03-18T03:59:00Z');
    expect(hsrWaitingPeriodEnd({ receivedOn: '2026-03-02', kind: 'bankruptcy' }).endsOn).toBe('2026-03-17');
  });

  it('DST edges: 2nd Sunday of March and 1st Sunday of November', () => {
    // 6 Feb 2026 + 30 = Sun 8 Mar (DST starts) → Mon 9 Mar, EDT.
    expect(hsrWaitingPeriodEnd({ receivedOn: '2026-02-06' }).endsAt).toMatchObject({ zone: 'EDT', iso: '2026-03-10T03:59:00Z' });
    // 2 Oct 2026 + 30 = Sun 1 Nov (DST ends) → Mon 2 Nov, EST.
    expect(hsrWaitingPeriodEnd({ receivedOn: '2026-10-02' }).endsAt).toMatchObject({ zone: 'EST', iso: '2026-11-03T04:59:00Z' });
    // Fri 6 Mar 2026 is still EST at 11:59 p.m.
    expect(hsrWaitingPeriodEnd({ receivedOn: '2026-02-04' }).endsAt).toMatchObject({ zone: 'EST', iso: '2026-03-07T04:59:00Z' });
  });

  it('the trace counts exactly 30 days, one dayNumber each', () => {
    const numbered = hsrWaitingPeriodEnd({ receivedOn: '2025-07-31' }).trace.filter((s) => s.dayNumber !== undefined);
    expect(numbered.map((s) => s.dayNumber)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(numbered[0]).toMatchObject({ date: '2025-08-01', kind: 'start' });
  });

  it('refuses a receipt date on a weekend or federal holiday', () => {
    expect(() => hsrWaitingPeriodEnd({ receivedOn: '2025-07-04' })).toThrow(/federal holiday \(Independence Day\)/);
    expect(() => hsrWaitingPeriodEnd({ receivedOn: '2025-08-02' })).toThrow(DeadlineInputError);
  });

  it('throws MissingCalendarError beyond the generated range', () => {
    expect(() => hsrWaitingPeriodEnd({ receivedOn: '2100-12-15' })).toThrow(MissingCalendarError);
    expect(() => hsrWaitingPeriodEnd({ receivedOn: '2100-12-15' })).toThrow('No U.S. federal holiday calendar for 2101');
  });
});

describe('HSR second request (16 CFR 803.10(b)(2))', () => {
  it('30th day after substantial compliance, rolled past a weekend', () => {
    // 1 May 2026 + 30 = Sun 31 May → Mon 1 Jun 2026.
    expect(hsrSecondRequestEnd({ substantialComplianceOn: '2026-05-01' }).endsOn).toBe('2026-06-01');
  });

  it('10th day for a cash tender offer', () => {
    // 9 Nov 2026 + 10 = Thu 19 Nov 2026.
    expect(hsrSecondRequestEnd({ substantialComplianceOn: '2026-11-09', kind: 'cash-tender' }).endsOn).toBe('2026-11-19');
    // 16 Nov 2026 + 10 = Thu 26 Nov, Thanksgiving → Fri 27 Nov.
    expect(hsrSecondRequestEnd({ substantialComplianceOn: '2026-11-16', kind: 'bankruptcy' }).endsOn).toBe('2026-11-27');
  });

  it('cites the second-request rule', () => {
    expect(hsrSecondRequestEnd({ substantialComplianceOn: '2026-05-01' }).citation).toContain('803.10(b)(2)');
  });
});

describe('Eastern time before 2007 (1st Sunday of April – last Sunday of October)', () => {
  it('1 Apr 1999 is EST and 30 Oct 2006 is EST; 10 Apr 2006 is EDT', () => {
    // 2 Mar 1999 + 30 = Thu 1 Apr 1999 (DST began 4 Apr 1999).
    expect(hsrWaitingPeriodEnd({ receivedOn: '1999-03-02' }).endsAt).toMatchObject({ zone: 'EST', iso: '1999-04-02T04:59:00Z' });
    // 30 Sep 2006 is a Saturday; 29 Sep 2006 + 30 = Sun 29 Oct (DST ended) → Mon 30 Oct, EST.
    expect(hsrWaitingPeriodEnd({ receivedOn: '2006-09-29' }).endsAt).toMatchObject({ zone: 'EST', iso: '2006-10-31T04:59:00Z' });
    // 10 Mar 2006 + 30 = Sun 9 Apr → Mon 10 Apr 2006, EDT (DST began 2 Apr 2006).
    expect(hsrWaitingPeriodEnd({ receivedOn: '2006-03-10' }).endsAt).toMatchObject({ zone: 'EDT', iso: '2006-04-11T03:59:00Z' });
  });
});
