import { describe, expect, it } from 'vitest';
import { computeUsTimeline, EventSequenceError, type UsEvent } from '@/lib/deadlines';

const byKey = (items: ReturnType<typeof computeUsTimeline>) => Object.fromEntries(items.map((i) => [i.key, i]));
const filed: UsEvent = { type: 'filing-received', date: '2026-01-05' };

describe('computeUsTimeline', () => {
  it('initial waiting period from the filing', () => {
    const items = byKey(computeUsTimeline([filed], undefined, { asOf: '2026-01-10' }));
    expect(items['hsr-waiting']).toMatchObject({ date: '2026-02-04', status: 'running' });
    expect(items['hsr-waiting'].citation).toContain('803.10');
  });

  it('a pull-and-refile restarts the 30 days from the refiling', () => {
    const items = computeUsTimeline([filed, { type: 'pull-and-refile', date: '2026-02-03' }]);
    expect(items.map((i) => [i.key, i.date, i.status])).toEqual([
      ['hsr-waiting-2026-01-05', '2026-02-04', 'superseded'],
      ['hsr-waiting', '2026-03-05', 'running'],
    ]);
    expect(items[1].explanation[0]).toContain('Pull-and-refile on Tuesday 3 February 2026');
  });

  it('the refile keeps the cash-tender kind (15 days)', () => {
    const items = byKey(computeUsTimeline([{ type: 'filing-received', date: '2026-01-05', kind: 'cash-tender' }, { type: 'pull-and-refile', date: '2026-01-16' }]));
    // 16 Jan + 15 = Sat 31 Jan → Mon 2 Feb 2026.
    expect(items['hsr-waiting'].date).toBe('2026-02-02');
  });

  it('second request: the initial period is superseded; the new end waits for substantial compliance', () => {
    const pending = byKey(computeUsTimeline([filed, { type: 'second-request', date: '2026-02-02' }]));
    expect(pending['hsr-waiting'].status).toBe('superseded');
    expect(pending['hsr-second-request']).toMatchObject({ date: null, status: 'running' });
    const complied = byKey(computeUsTimeline([filed, { type: 'second-request', date: '2026-02-02' }, { type: 'substantial-compliance', date: '2026-05-01' }]));
    expect(complied['hsr-second-request']).toMatchObject({ date: '2026-06-01', status: 'running' });
  });

  it('a timing-agreement date is shown as entered and does not end the running period', () => {
    const items = byKey(computeUsTimeline([filed, { type: 'second-request', date: '2026-02-02' }, { type: 'substantial-compliance', date: '2026-05-01' }, { type: 'timing-agreement', date: '2026-06-30' }]));
    expect(items['hsr-timing-agreement']).toMatchObject({ date: '2026-06-30', status: 'running' });
    expect(items['hsr-second-request'].status).toBe('running');
  });

  it('early termination ends the waiting period at once', () => {
    const items = byKey(computeUsTimeline([filed, { type: 'early-termination', date: '2026-01-20' }]));
    expect(items['hsr-waiting'].status).toBe('ended');
    expect(items['hsr-early-termination']).toMatchObject({ date: '2026-01-20', status: 'ended' });
  });

  it('refuses a second request issued after the period expired', () => {
    expect(() => computeUsTimeline([filed, { type: 'second-request', date: '2026-02-05' }])).toThrow(EventSequenceError);
    expect(() => computeUsTimeline([filed, { type: 'second-request', date: '2026-02-05' }])).toThrow(/after the waiting period ended at 11:59 p\.m\. Eastern Standard Time \(EST\) on Wednesday 4 February 2026/);
  });

  it('a second request on the last day is still in time', () => {
    expect(() => computeUsTimeline([filed, { type: 'second-request', date: '2026-02-04' }])).not.toThrow();
  });

  it('warns when the closing is not after the waiting period', () => {
    const items = byKey(computeUsTimeline([filed, { type: 'closing', date: '2026-02-04' }]));
    expect(items.closing.explanation[1]).toMatch(/^Warning: the closing is not after the end of the waiting period \(Wednesday 4 February 2026/);
    const fine = byKey(computeUsTimeline([filed, { type: 'closing', date: '2026-02-05' }]));
    expect(fine.closing.explanation).toHaveLength(1);
    expect(fine['hsr-waiting'].status).toBe('ended');
  });

  it('refuses an impossible sequence with the validator message', () => {
    expect(() => computeUsTimeline([filed, { type: 'substantial-compliance', date: '2026-01-20' }])).toThrow('no second request was issued');
  });
});
