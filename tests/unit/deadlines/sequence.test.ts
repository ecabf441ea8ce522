import { describe, expect, it } from 'vitest';
import { validateEuSequence, validateUsSequence, type EuEvent, type UsEvent } from '@/lib/deadlines';

const refused = (result: ReturnType<typeof validateEuSequence>) => (result.ok ? 'accepted' : result.message);

describe('EU event sequences', () => {
  const notified: EuEvent = { type: 'notification', date: '2025-05-16' };
  const opened: EuEvent = { type: 'phase2-opened', date: '2025-06-25' };

  it('accepts a full Phase II review in any input order', () => {
    expect(validateEuSequence([
      { type: 'decision', date: '2025-12-08', article: '8(1)' },
      { type: 'stop-clock', stoppedOn: '2025-07-28', restartedOn: '2025-09-16' },
      opened,
      notified,
      { type: 'pre-notification', date: '2025-01-10' },
    ])).toEqual({ ok: true });
  });

  it.each<[string, EuEvent[], string]>([
    ['decision before notification', [{ type: 'decision', date: '2025-05-01', article: '6(1)(b)' }, notified],
      'Decision under Art. 6(1)(b) on Thursday 1 May 2025 comes before the notification on Friday 16 May 2025.'],
    ['decision with no notification at all', [{ type: 'decision', date: '2025-05-01', article: '6(1)(b)' }],
      'Decision under Art. 6(1)(b) on Thursday 1 May 2025 has no notification before it: record the notification first.'],
    ['Phase II opened before notification', [{ type: 'phase2-opened', date: '2025-05-02' }, notified],
      'Opening of Phase II on Friday 2 May 2025 comes before the notification on Friday 16 May 2025.'],
    ['a restart before its stop', [notified, opened, { type: 'stop-clock', stoppedOn: '2025-09-16', restartedOn: '2025-07-28' }],
      'The clock cannot restart on Monday 28 July 2025: it only stopped on Tuesday 16 September 2025.'],
    ['an Art. 8 decision without Phase II', [notified, { type: 'decision', date: '2025-06-20', article: '8(1)' }],
      'Decision under Art. 8(1) on Friday 20 June 2025 requires Phase II to have been opened first (Art. 6(1)(c)).'],
    ['an Art. 6(1)(b) decision after Phase II was opened', [notified, opened, { type: 'decision', date: '2025-07-01', article: '6(1)(b)' }],
      'Decision under Art. 6(1)(b) on Tuesday 1 July 2025 is a Phase I decision, but Phase II was opened on Wednesday 25 June 2025: a Phase II decision is taken under Art. 8.'],
    ['Art. 6(2) without Phase I commitments', [notified, { type: 'decision', date: '2025-06-20', article: '6(2)' }],
      'A decision under Art. 6(2) (clearance with commitments) on Friday 20 June 2025 needs Phase I commitments, and none are recorded.'],
    ['Art. 8(2) without Phase II commitments', [notified, opened, { type: 'decision', date: '2025-10-01', article: '8(2)' }],
      'A decision under Art. 8(2) (clearance with commitments) on Wednesday 1 October 2025 needs Phase II commitments, and none are recorded.'],
    ['events after the final decision', [notified, { type: 'decision', date: '2025-06-20', article: '6(1)(b)' }, { type: 'phase2-opened', date: '2025-06-23' }],
      'Opening of Phase II on Monday 23 June 2025 comes after the final Decision under Art. 6(1)(b) of Friday 20 June 2025: the procedure is over.'],
    ['Phase II opened twice', [notified, opened, { type: 'phase2-opened', date: '2025-06-30' }],
      'Phase II was already opened on Wednesday 25 June 2025; it cannot be opened again on Monday 30 June 2025.'],
    ['Phase II commitments in Phase I', [notified, { type: 'commitments', date: '2025-06-10', phase: 2 }],
      'Phase II commitments on Tuesday 10 June 2025 come before Phase II was opened.'],
    ['Phase I commitments in Phase II', [notified, opened, { type: 'commitments', date: '2025-07-10', phase: 1 }],
      'Phase I commitments on Thursday 10 July 2025 come after Phase II was opened on Wednesday 25 June 2025: record them as Phase II commitments.'],
    ['extension before Phase II', [notified, { type: 'extension', date: '2025-06-10', workingDays: 10 }],
      'An extension of Phase II on Tuesday 10 June 2025 comes before Phase II was opened.'],
    ['extensions over 20 working days', [notified, opened, { type: 'extension', date: '2025-07-01', workingDays: 15 }, { type: 'extension', date: '2025-08-01', workingDays: 10 }],
      'Extensions of Phase II total 25 working days in all; Art. 10(3) second subparagraph EUMR allows at most 20.'],
    ['an Art. 9 request in Phase II', [notified, opened, { type: 'art9-request', date: '2025-07-01' }],
      'An Art. 9(2) referral request on Tuesday 1 July 2025 must be made in Phase I, but Phase II was opened on Wednesday 25 June 2025.'],
    ['a second notification without withdrawal', [notified, { type: 'notification', date: '2025-06-02' }],
      'The concentration was already notified on Friday 16 May 2025; a new notification on Monday 2 June 2025 is only possible after the first is withdrawn.'],
    ['a decision while the clock is stopped', [notified, opened, { type: 'stop-clock', stoppedOn: '2025-07-28' }, { type: 'decision', date: '2025-08-05', article: '8(1)' }],
      'Decision under Art. 8(1) on Tuesday 5 August 2025 falls while the clock is stopped (since Monday 28 July 2025, no restart recorded).'],
    ['a decision on the notification day', [notified, { type: 'decision', date: '2025-05-16', article: '6(1)(b)' }],
      'Decision under Art. 6(1)(b) on Friday 16 May 2025, the day of notification: the Phase I period only begins the next working day.'],
    ['pre-notification after notification', [notified, { type: 'pre-notification', date: '2025-05-20' }],
      'Pre-notification contact on Tuesday 20 May 2025 comes after the notification on Friday 16 May 2025.'],
    ['an impossible date', [{ type: 'notification', date: '2025-02-30' }],
      '"2025-02-30" is not a valid date: February 2025 has 28 days'],
  ])('refuses %s', (_, events, message) => {
    expect(refused(validateEuSequence(events))).toBe(message);
  });

  it('accepts a re-notification after a withdrawal', () => {
    expect(validateEuSequence([notified, { type: 'decision', date: '2025-06-10', article: 'withdrawal' }, { type: 'notification', date: '2025-07-01' }])).toEqual({ ok: true });
  });
});

describe('U.S. event sequences', () => {
  const filed: UsEvent = { type: 'filing-received', date: '2026-01-05' };
  const refusedUs = (events: UsEvent[]) => {
    const result = validateUsSequence(events);
    return result.ok ? 'accepted' : result.message;
  };

  it('accepts a second-request review with a timing agreement', () => {
    expect(validateUsSequence([
      { type: 'closing', date: '2026-07-15' },
      { type: 'substantial-compliance', date: '2026-05-01' },
      { type: 'timing-agreement', date: '2026-02-20' },
      { type: 'second-request', date: '2026-02-02' },
      filed,
    ])).toEqual({ ok: true });
  });

  it.each<[string, UsEvent[], string]>([
    ['second request before filing', [{ type: 'second-request', date: '2026-01-02' }, filed],
      'Second request on Friday 2 January 2026 comes before the HSR filing was received on Monday 5 January 2026.'],
    ['second request with no filing', [{ type: 'second-request', date: '2026-01-02' }],
      'Second request on Friday 2 January 2026 has no HSR filing before it: record the filing first.'],
    ['substantial compliance before a second request', [filed, { type: 'substantial-compliance', date: '2026-01-20' }, { type: 'second-request', date: '2026-02-02' }],
      'Substantial compliance on Tuesday 20 January 2026 comes before the second request was issued on Monday 2 February 2026.'],
    ['substantial compliance with no second request', [filed, { type: 'substantial-compliance', date: '2026-01-20' }],
      'Substantial compliance on Tuesday 20 January 2026 is recorded, but no second request was issued.'],
    ['pull-and-refile before filing', [{ type: 'pull-and-refile', date: '2026-01-02' }, filed],
      'Pull-and-refile on Friday 2 January 2026 comes before the HSR filing was received on Monday 5 January 2026.'],
    ['pull-and-refile after a second request', [filed, { type: 'second-request', date: '2026-02-02' }, { type: 'pull-and-refile', date: '2026-02-10' }],
      'Pull-and-refile on Tuesday 10 February 2026 comes after the second request of Monday 2 February 2026: once a second request issues, the waiting period runs from substantial compliance.'],
    ['two second requests', [filed, { type: 'second-request', date: '2026-02-02' }, { type: 'second-request', date: '2026-02-03' }],
      'A second request was already issued on Monday 2 February 2026.'],
    ['early termination before filing', [{ type: 'early-termination', date: '2026-01-02' }, filed],
      'Early termination on Friday 2 January 2026 comes before the HSR filing was received on Monday 5 January 2026.'],
    ['a second request after early termination', [filed, { type: 'early-termination', date: '2026-01-20' }, { type: 'second-request', date: '2026-01-28' }],
      'Second request on Wednesday 28 January 2026 comes after early termination ended the waiting period on Tuesday 20 January 2026.'],
    ['closing before filing', [{ type: 'closing', date: '2026-01-02' }, filed],
      'Closing on Friday 2 January 2026 comes before the HSR filing was received on Monday 5 January 2026.'],
    ['a second request after closing', [filed, { type: 'closing', date: '2026-02-10' }, { type: 'second-request', date: '2026-02-12' }],
      'Second request on Thursday 12 February 2026 comes after the closing on Tuesday 10 February 2026.'],
  ])('refuses %s', (_, events, message) => {
    expect(refusedUs(events)).toBe(message);
  });
});
