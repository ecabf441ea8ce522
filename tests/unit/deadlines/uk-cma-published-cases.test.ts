// Statutory deadlines the CMA published, recomputed from the bundled England & Wales calendar.
// Sources (public):
// - Microsoft/Activision Blizzard: Phase 1 launched 6 July 2022 with a Phase 1 deadline of
//   1 September 2022 (CMA announcement as reported by RTTNews/Nasdaq, 6 July 2022); referred
//   for Phase 2 on 15 September 2022 (RTTNews, 15 September 2022); statutory deadline
//   1 March 2023, extended by eight weeks under s. 39(3) to 26 April 2023 (CMA notice of
//   extension of inquiry period, January 2023, as reported by GamesIndustry.biz and VGChartz).
// - Vodafone/CK Hutchison JV: Phase 1 began 26 January 2024 (CMA press release “CMA launches
//   formal investigation into Vodafone / Three merger”, 26 January 2024); Phase 1 decision
//   announced on the 40th working day, 22 March 2024 (CMA; Willkie Compliance Concourse).
//   Referred 4 April 2024 (dpa-AFX, 4 April 2024), deadline 18 September 2024; s. 39(4)
//   extension published 10 May 2024 and cancelled 3 June 2024, extending the period by 24 days
//   to 12 October 2024; then eight weeks under s. 39(3) to 7 December 2024 (CMA notice reported
//   by ISPreview/UKFCF and Mobile World Live, 2 August 2024).
import { describe, expect, it } from 'vitest';
import { ukPhase1Deadline, ukPhase2Deadline } from '@/lib/deadlines';

describe('Microsoft/Activision Blizzard (CMA, 2022–23)', () => {
  it('Phase 1 launched Wed 6 Jul 2022 → deadline Thu 1 Sep 2022, skipping the Summer bank holiday', () => {
    const result = ukPhase1Deadline({ commencedOn: '2022-07-06' });
    expect(result.deadline).toBe('2022-09-01');
    expect(result.trace.find((s) => s.date === '2022-08-29')).toMatchObject({ kind: 'holiday', note: 'Holiday: Summer bank holiday' });
    expect(result.trace.filter((s) => s.dayNumber !== undefined)).toHaveLength(40);
    expect(result.explanation[0]).toContain('Day 1 is Thursday 7 July 2022');
    expect(result.explanation[1]).toContain('1 England and Wales bank holiday (Monday 29 August 2022, Summer bank holiday)');
  });

  it('referred Thu 15 Sep 2022 → 1 Mar 2023; extended 8 weeks → 26 Apr 2023', () => {
    expect(ukPhase2Deadline({ referredOn: '2022-09-15' }).deadline).toBe('2023-03-01');
    const extended = ukPhase2Deadline({ referredOn: '2022-09-15', extensionWeeks: 8 });
    expect(extended.deadline).toBe('2023-04-26');
    expect(extended.trace.filter((s) => s.dayNumber !== undefined)).toHaveLength(32 * 7);
    expect(extended.explanation).toContain('Extended by 8 weeks (56 days) for special reasons (EA02 s. 39(3)).');
  });
});

describe('Vodafone/CK Hutchison JV (CMA, 2024)', () => {
  it('Phase 1 began Fri 26 Jan 2024 → 40th working day Fri 22 Mar 2024', () => {
    expect(ukPhase1Deadline({ commencedOn: '2024-01-26' }).deadline).toBe('2024-03-22');
  });

  it('referred Thu 4 Apr 2024 → 18 Sep 2024', () => {
    expect(ukPhase2Deadline({ referredOn: '2024-04-04' }).deadline).toBe('2024-09-18');
  });

  it('s. 39(4) extension 10 May → 3 Jun 2024 adds 24 days (12 Oct); then 8 weeks → Sat 7 Dec 2024', () => {
    const suspensions = [{ stoppedOn: '2024-05-10', restartedOn: '2024-06-03' }];
    expect(ukPhase2Deadline({ referredOn: '2024-04-04', suspensions }).deadline).toBe('2024-10-12');
    const result = ukPhase2Deadline({ referredOn: '2024-04-04', suspensions, extensionWeeks: 8 });
    expect(result.deadline).toBe('2024-12-07');
    expect(result.trace.filter((s) => s.kind === 'suspended')).toHaveLength(24);
    expect(result.explanation.join(' ')).toContain('24 calendar days not counted');
  });
});
