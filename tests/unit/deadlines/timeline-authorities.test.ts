import { describe, expect, it } from 'vitest';
import { computeBkartaTimeline, computeSamrTimeline, computeUkTimeline, computeUsStateTimeline, EventSequenceError } from '@/lib/deadlines';

describe('computeUkTimeline', () => {
  it('Vodafone/Three as recorded: Phase 1, reference, s. 39(4) stop, extension → 7 Dec 2024', () => {
    const items = computeUkTimeline([
      { type: 'uk-phase1-commenced', date: '2024-01-26' },
      { type: 'uk-phase2-referred', date: '2024-04-04' },
      { type: 'stop-clock', stoppedOn: '2024-05-10', restartedOn: '2024-06-03' },
      { type: 'uk-extension', date: '2024-08-02', amount: 8 },
    ], undefined, { asOf: '2024-08-05' });
    expect(items.map((i) => [i.key, i.date, i.status])).toEqual([
      ['uk-phase1', '2024-03-22', 'ended'],
      ['uk-phase2', '2024-12-07', 'running'],
    ]);
  });

  it('an open stop leaves the deadline unknown; a decision ends everything', () => {
    const open = computeUkTimeline([{ type: 'uk-phase1-commenced', date: '2025-03-03' }, { type: 'stop-clock', stoppedOn: '2025-03-10' }]);
    expect(open[0]).toMatchObject({ key: 'uk-phase1', date: null, status: 'suspended' });
    const decided = computeUkTimeline([{ type: 'uk-phase1-commenced', date: '2025-03-03' }, { type: 'authority-decision', date: '2025-04-01' }], undefined, { asOf: '2025-04-02' });
    expect(decided[0].status).toBe('ended');
  });

  it('refuses what cannot have happened', () => {
    expect(() => computeUkTimeline([{ type: 'uk-extension', date: '2025-01-01', amount: 2 }])).toThrow('An extension of Phase 2 needs the Phase 2 reference first.');
    expect(() => computeUkTimeline([{ type: 'uk-phase1-commenced', date: '2025-03-03' }, { type: 'authority-decision', date: '2025-04-01' }, { type: 'uk-phase2-referred', date: '2025-04-10' }])).toThrow(
      /after its decision of Tuesday 1 April 2025/,
    );
    expect(() => computeUkTimeline([{ type: 'stop-clock', stoppedOn: '2025-03-10' }])).toThrow(EventSequenceError);
  });
});

describe('computeSamrTimeline, computeBkartaTimeline, computeUsStateTimeline', () => {
  it('SAMR: a further-review decision after the preliminary review ended is refused', () => {
    expect(() => computeSamrTimeline([{ type: 'samr-accepted', date: '2025-01-10' }, { type: 'samr-further-review', date: '2025-02-10' }])).toThrow(
      /ended on Sunday 9 February 2025/,
    );
    expect(() => computeSamrTimeline([{ type: 'samr-accepted', date: '2025-01-10' }, { type: 'samr-accepted-simplified', date: '2025-01-11' }])).toThrow(/normal or the simplified/);
  });

  it('Bundeskartellamt: stops only in the main examination; agreed extensions add up', () => {
    expect(() => computeBkartaTimeline([{ type: 'bkarta-received', date: '2025-01-31' }, { type: 'stop-clock', stoppedOn: '2025-02-10', restartedOn: '2025-02-12' }])).toThrow(/only during the main examination/);
    const items = computeBkartaTimeline([
      { type: 'bkarta-received', date: '2025-01-31' },
      { type: 'bkarta-main-exam', date: '2025-02-20' },
      { type: 'bkarta-extension', date: '2025-05-01', amount: 7 },
      { type: 'bkarta-extension', date: '2025-06-01', amount: 7 },
    ]);
    expect(items.map((i) => i.date)).toEqual(['2025-02-28', '2025-07-14']);
  });

  it('Colorado: nothing before the HSR filing date is known', () => {
    expect(computeUsStateTimeline('CO', [])).toEqual([]);
    expect(computeUsStateTimeline('CO', [{ type: 'hsr-filing-date', date: '2026-03-02' }])[0]).toMatchObject({ key: 'us-co-copy', date: '2026-03-02' });
  });
});
