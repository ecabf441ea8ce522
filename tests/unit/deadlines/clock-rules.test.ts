// Clock rules made explicit (issue #15 §2). Sources:
// - 16 CFR 803.10(a): the waiting period begins on receipt of the notifications of both persons,
//   except for acquisitions to which 16 CFR 801.30 applies (tender offers, acquisitions from
//   third parties, conversions…), where it begins on receipt of the acquiring person's notification.
// - EUMR Art. 10(3) second subparagraph: extension at the notifying parties' request made not
//   later than 15 working days after the initiation of proceedings; 20 working days at most in all.
// - EUMR Art. 7(1): no implementation before clearance (or deemed clearance under Art. 10(6)).
import { describe, expect, it } from 'vitest';
import { computeEuTimeline, EventSequenceError, hsrWaitingPeriodEnd, type EuEvent } from '@/lib/deadlines';

describe('HSR: when the waiting period starts', () => {
  it('counts from the later of both filings (16 CFR 803.10(a))', () => {
    // Acquiring person Mon 2 Mar 2026, acquired person Thu 5 Mar: day 30 is Sat 4 Apr → Mon 6 Apr.
    const r = hsrWaitingPeriodEnd({ receivedOn: '2026-03-02', acquiredPersonReceivedOn: '2026-03-05' });
    expect(r.endsOn).toBe('2026-04-06');
    expect(r.startRule).toBe('both-filings');
    expect(r.explanation[0]).toMatch(/later of the two filings.*acquired person’s filing of Thursday 5 March 2026.*16 CFR 803\.10\(a\)/);
    expect(r.trace[0]).toMatchObject({ date: '2026-03-05', kind: 'event' });
    expect(r.trace[0].note).toMatch(/later of both filings/);
  });

  it('counts from the acquiring person’s filing when it is the later one', () => {
    const r = hsrWaitingPeriodEnd({ receivedOn: '2026-03-05', acquiredPersonReceivedOn: '2026-03-02' });
    expect(r.endsOn).toBe('2026-04-06');
    expect(r.explanation[0]).toMatch(/acquiring person’s filing of Thursday 5 March 2026/);
  });

  it('counts from the acquiring person’s filing under 16 CFR 801.30, whatever the acquired person does', () => {
    // Mon 2 Mar + 30 = Wed 1 Apr 2026.
    const r = hsrWaitingPeriodEnd({ receivedOn: '2026-03-02', acquiredPersonReceivedOn: '2026-03-05', section80130: true });
    expect(r.endsOn).toBe('2026-04-01');
    expect(r.startRule).toBe('section-801-30');
    expect(r.explanation[0]).toMatch(/16 CFR 801\.30.*acquiring person’s filing/);
  });

  it('without the acquired person’s filing date, says the date assumes it was not later', () => {
    const r = hsrWaitingPeriodEnd({ receivedOn: '2026-03-02' });
    expect(r.endsOn).toBe('2026-04-01');
    expect(r.startRule).toBe('acquiring-only');
    expect(r.explanation[0]).toMatch(/acquired person’s filing is not recorded/);
  });

  it('refuses an acquired person’s filing dated on a weekend', () => {
    expect(() => hsrWaitingPeriodEnd({ receivedOn: '2026-03-02', acquiredPersonReceivedOn: '2026-03-07' })).toThrow(/acquired person’s filing is dated Saturday 7 March 2026/);
  });
});

describe('EU Phase II: extension at the parties’ request', () => {
  // Phase II opened Tue 2 Jun 2026: day 1 Wed 3 Jun; day 15 is Tue 23 Jun 2026.
  const base: EuEvent[] = [
    { type: 'notification', date: '2026-05-04' },
    { type: 'phase2-opened', date: '2026-06-02' },
  ];
  const phase2 = (events: EuEvent[]) => computeEuTimeline(events).find((i) => i.key === 'eu-phase2')!;

  it('shows the request window in the Phase II explanation', () => {
    expect(phase2(base).explanation).toContainEqual(expect.stringMatching(/request.*extension.*until Tuesday 23 June 2026 \(working day 15/));
  });

  it('accepts a request made on working day 15', () => {
    const item = phase2([...base, { type: 'extension', date: '2026-06-23', workingDays: 10 }]);
    expect(item.explanation).toContainEqual(expect.stringMatching(/^\+10 working days/));
  });

  it('refuses a request made after working day 15, naming the window', () => {
    expect(() => computeEuTimeline([...base, { type: 'extension', date: '2026-06-24', workingDays: 10 }])).toThrow(EventSequenceError);
    expect(() => computeEuTimeline([...base, { type: 'extension', date: '2026-06-24', workingDays: 10 }])).toThrow(
      /working day 16.*no later than 15 working days after the opening.*Wednesday 3 June 2026 to Tuesday 23 June 2026/,
    );
  });

  it('accepts an extension agreed with the Commission later, but not a second request', () => {
    const agreed = phase2([...base, { type: 'extension', date: '2026-08-03', workingDays: 5, byAgreement: true }]);
    expect(agreed.explanation).toContainEqual(expect.stringMatching(/^\+5 working days: extension agreed/));
    expect(() =>
      computeEuTimeline([...base, { type: 'extension', date: '2026-06-10', workingDays: 5 }, { type: 'extension', date: '2026-06-12', workingDays: 5 }]),
    ).toThrow(/only one extension request/);
  });

  it('refuses more than 20 extension days in all', () => {
    expect(() =>
      computeEuTimeline([...base, { type: 'extension', date: '2026-06-10', workingDays: 15 }, { type: 'extension', date: '2026-08-03', workingDays: 10, byAgreement: true }]),
    ).toThrow(/25 working days in all.*at most 20/);
  });
});

describe('EU standstill (Art. 7(1) EUMR)', () => {
  const closingItem = (events: EuEvent[]) => computeEuTimeline(events).find((i) => i.key === 'eu-closing')!;

  it('flags a closing before clearance as gun-jumping risk', () => {
    const item = closingItem([{ type: 'notification', date: '2026-03-02' }, { type: 'closing', date: '2026-03-20' }]);
    expect(item.explanation).toContainEqual(expect.stringMatching(/^Warning: .*before EU clearance.*Art\. 7\(1\) EUMR.*Gun-jumping risk/));
  });

  it('does not flag a closing after an Art. 6(1)(b) clearance', () => {
    const item = closingItem([
      { type: 'notification', date: '2026-03-02' },
      { type: 'decision', date: '2026-04-02', article: '6(1)(b)' },
      { type: 'closing', date: '2026-04-10' },
    ]);
    expect(item.explanation.some((l) => l.startsWith('Warning'))).toBe(false);
  });

  it('does not flag a closing after the Phase I deadline passed with no decision (deemed cleared, Art. 10(6))', () => {
    const item = closingItem([{ type: 'notification', date: '2026-03-02' }, { type: 'closing', date: '2026-04-10' }]);
    expect(item.explanation.some((l) => l.startsWith('Warning'))).toBe(false);
    expect(item.explanation).toContainEqual(expect.stringMatching(/deemed.*Art\. 10\(6\)/));
  });

  it('flags a closing after a prohibition', () => {
    const item = closingItem([
      { type: 'notification', date: '2026-03-02' },
      { type: 'phase2-opened', date: '2026-04-01' },
      { type: 'decision', date: '2026-07-01', article: '8(3)' },
      { type: 'closing', date: '2026-07-10' },
    ]);
    expect(item.explanation).toContainEqual(expect.stringMatching(/^Warning: .*prohibit/));
  });
});
