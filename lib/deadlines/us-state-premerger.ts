// State premerger notification acts based on the Uniform Antitrust Pre-Merger Notification Act
// (Uniform Law Commission, 2024). A person filing under HSR must file a complete electronic copy
// of its HSR form with the state attorney general "contemporaneously" when it has its principal
// place of business in the state, or it (or a person it controls) had annual net sales in the
// state of the goods or services involved of at least 20 % of the HSR filing threshold
// (Washington adds health-care providers doing business there). No fee, no waiting period;
// civil penalty up to $10,000 a day. The app treats "contemporaneously" as the HSR filing day.
// Colorado HB 26-1427 later allowed one business day after the federal filing; its effective
// date could not be verified, so the conservative same-day date stays and the result says so.

import { dayNumberOf, formatLong } from './dates';
import { DeadlineInputError } from './errors';
import type { DeadlineResult, IsoDate } from './types';

export const US_PREMERGER_STATES = ['WA', 'CO'] as const;
export type UsPremergerState = (typeof US_PREMERGER_STATES)[number];

export interface StatePremergerAct {
  state: UsPremergerState;
  name: string;
  effectiveFrom: IsoDate;
  citation: string;
  source: string;
  healthcareProviders: boolean;
  notes: string[];
}

export const STATE_PREMERGER_ACTS: Record<UsPremergerState, StatePremergerAct> = {
  WA: {
    state: 'WA',
    name: 'Washington Uniform Antitrust Pre-Merger Notification Act',
    effectiveFrom: '2025-07-27',
    citation: 'RCW 19.420.020 (2025 c 7 s 3, SB 5122)',
    source: 'Washington Attorney General press release, 23 July 2025; RCW 19.420.020',
    healthcareProviders: true,
    notes: [
      'A person with its principal place of business in Washington also files the additional documentary material (RCW 19.420.020(2)); others provide it within 7 days of the attorney general’s request (RCW 19.420.020(3)).',
    ],
  },
  CO: {
    state: 'CO',
    name: 'Colorado Uniform Antitrust Pre-Merger Notification Act',
    effectiveFrom: '2025-08-06',
    citation: 'C.R.S. 6-4.5-101 et seq. (SB 25-126)',
    source: 'Colorado General Assembly, SB25-126 bill summary (effective 6 August 2025)',
    healthcareProviders: false,
    notes: [
      'HB 26-1427 (signed 2026) allows the copy within one business day after the federal filing; its effective date is not verified here, so the same-day date is kept as the safe deadline.',
    ],
  },
};

export interface StateCopyInput {
  state: UsPremergerState;
  /** The day the HSR notification was filed with the FTC and DOJ. */
  hsrFiledOn: string;
}

export function statePremergerCopyDue(input: StateCopyInput): DeadlineResult {
  const act = STATE_PREMERGER_ACTS[input.state];
  if (!act) throw new DeadlineInputError(`No state premerger act is recorded for "${input.state}"; known: ${US_PREMERGER_STATES.join(', ')}.`);
  const filed = dayNumberOf(input.hsrFiledOn);
  if (filed < dayNumberOf(act.effectiveFrom)) {
    throw new DeadlineInputError(
      `The ${act.name} applies to HSR filings from ${formatLong(dayNumberOf(act.effectiveFrom))}; a filing on ${formatLong(filed)} predates it, so no copy is due under it.`,
    );
  }
  return {
    deadline: input.hsrFiledOn,
    trace: [
      { date: input.hsrFiledOn, kind: 'event', note: 'HSR notification filed' },
      { date: input.hsrFiledOn, kind: 'end', note: `Copy of the HSR form due to the ${input.state} attorney general the same day (“contemporaneously”)` },
    ],
    explanation: [
      `HSR filed ${formatLong(filed)}: the ${act.name} requires a complete electronic copy of the HSR form to be filed with the attorney general contemporaneously, if the nexus test is met.`,
      ...act.notes,
      'No filing fee and no waiting period; civil penalty up to $10,000 for each day of noncompliance.',
    ],
    citation: act.citation,
    calendarYears: [],
  };
}

export type NexusAnswer = 'required' | 'not-required' | 'unknown';

export interface NexusInput {
  state: UsPremergerState;
  principalPlaceOfBusinessInState: boolean | null;
  /** Annual net sales in the state of the goods or services involved, whole US dollars. */
  inStateSalesUsd: number | null;
  /** The HSR size-of-transaction threshold in force (e.g. $133.9M for 2026). */
  hsrThresholdUsd: number;
  healthcareProviderInState?: boolean | null;
}

/** The nexus test, three-valued: a missing figure never reads as "not required". */
export function statePremergerNexus(input: NexusInput): { answer: NexusAnswer; reasons: string[]; missing: string[] } {
  if (input.inStateSalesUsd !== null && (!Number.isFinite(input.inStateSalesUsd) || input.inStateSalesUsd < 0)) {
    throw new DeadlineInputError(`In-state sales cannot be negative or non-numeric; got ${input.inStateSalesUsd}.`);
  }
  if (!Number.isFinite(input.hsrThresholdUsd) || input.hsrThresholdUsd <= 0) {
    throw new DeadlineInputError(`The HSR threshold must be a positive amount; got ${input.hsrThresholdUsd}.`);
  }
  const act = STATE_PREMERGER_ACTS[input.state];
  const floor = Math.round(input.hsrThresholdUsd * 0.2);
  const reasons: string[] = [];
  const missing: string[] = [];
  if (input.principalPlaceOfBusinessInState === true) reasons.push(`Principal place of business in ${input.state}.`);
  if (input.principalPlaceOfBusinessInState === null) missing.push('principal place of business');
  if (input.inStateSalesUsd === null) missing.push(`annual net sales in ${input.state} of the goods or services involved`);
  else if (input.inStateSalesUsd >= floor) reasons.push(`In-state sales $${input.inStateSalesUsd.toLocaleString('en-US')} ≥ 20 % of the HSR threshold ($${floor.toLocaleString('en-US')}).`);
  if (act.healthcareProviders) {
    if (input.healthcareProviderInState === true) reasons.push('Health-care provider or provider organisation doing business in Washington (RCW 19.420.020(1)(c)).');
    if (input.healthcareProviderInState === null || input.healthcareProviderInState === undefined) missing.push('whether the person is a health-care provider doing business in Washington');
  }
  if (reasons.length) return { answer: 'required', reasons, missing };
  if (missing.length) return { answer: 'unknown', reasons: [`Not established: ${missing.join('; ')}.`], missing };
  return { answer: 'not-required', reasons: [`No principal place of business in ${input.state} and in-state sales below $${floor.toLocaleString('en-US')}.`], missing };
}
