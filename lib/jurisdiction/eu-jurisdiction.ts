// EU dimension under EUMR Art. 1(2) and 1(3), including the two-thirds rule. Amounts are euros.
// `byMemberState` lists every Member State where the undertaking has turnover; a state not
// listed counts as zero, but a missing `byMemberState` is unknown, not zero.

import { normaliseMemberState, EU_MEMBER_STATES, type MemberState } from './member-states';
import { and, atLeast, exceeds, not, sumExceeds, type Tri } from './three-valued';
import { EngineInputError } from '@/lib/core/errors';

export interface UndertakingTurnover {
  name: string;
  worldwideEur?: number;
  euEur?: number;
  byMemberState?: Record<string, number>;
}

export interface EuJurisdictionResult {
  result: 'met-1-2' | 'met-1-3' | 'not-met' | 'incomplete';
  missing: string[];
  reasons: string[];
}

export class JurisdictionInputError extends EngineInputError {}

const M = 1_000_000;

/** "€5,000 million", "€25.5 million" */
export function formatEurMillions(value: number): string {
  const millions = Number((value / M).toFixed(3));
  const [whole, fraction] = String(millions).split('.');
  return `€${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction ? `.${fraction}` : ''} million`;
}

interface Clean {
  name: string;
  worldwide?: number;
  eu?: number;
  states?: Map<MemberState, number>;
}

function amount(value: unknown, what: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new JurisdictionInputError(`${what} must be a non-negative amount in euros, got ${String(value)}.`);
  }
  return value;
}

function clean(u: UndertakingTurnover): Clean {
  const name = u.name?.trim();
  if (!name) throw new JurisdictionInputError('Every undertaking needs a name.');
  let states: Map<MemberState, number> | undefined;
  if (u.byMemberState) {
    states = new Map();
    for (const [code, value] of Object.entries(u.byMemberState)) {
      const state = normaliseMemberState(code);
      if (!state) throw new JurisdictionInputError(`"${code}" (turnover of ${name}) is not an EU Member State code; use one of ${EU_MEMBER_STATES.join(', ')}.`);
      states.set(state, (states.get(state) ?? 0) + (amount(value, `Turnover of ${name} in ${state}`) as number));
    }
  }
  const result: Clean = { name, worldwide: amount(u.worldwideEur, `Worldwide turnover of ${name}`), eu: amount(u.euEur, `EU-wide turnover of ${name}`), states };
  const stateSum = states ? [...states.values()].reduce((a, b) => a + b, 0) : 0;
  if (result.eu !== undefined && stateSum > result.eu) {
    throw new JurisdictionInputError(`Turnover of ${name} by Member State adds up to ${formatEurMillions(stateSum)}, more than its EU-wide turnover of ${formatEurMillions(result.eu)}.`);
  }
  if (result.worldwide !== undefined && result.eu !== undefined && result.eu > result.worldwide) {
    throw new JurisdictionInputError(`EU-wide turnover of ${name} (${formatEurMillions(result.eu)}) is more than its worldwide turnover (${formatEurMillions(result.worldwide)}).`);
  }
  return result;
}

/** The Member State where `u` achieves more than two-thirds of its EU turnover, null if none. */
function twoThirdsState(u: Clean): MemberState | null | 'unknown' {
  if (u.eu === undefined || !u.states) return 'unknown';
  for (const [state, value] of u.states) if (3 * value > 2 * u.eu) return state;
  return null;
}

/** True when EVERY undertaking has more than two-thirds of its EU turnover in the SAME state. */
function twoThirdsRule(list: Clean[]): { applies: Tri; state?: MemberState } {
  const states = list.map(twoThirdsState);
  if (states.includes(null)) return { applies: false };
  const known = new Set(states.filter((s): s is MemberState => s !== 'unknown'));
  if (known.size > 1) return { applies: false };
  if (states.includes('unknown')) return { applies: 'unknown' };
  return { applies: true, state: [...known][0] };
}

const word = (t: Tri) => (t === 'unknown' ? 'cannot be determined yet' : t ? 'met' : 'not met');

export function euJurisdiction(input: { undertakings: readonly UndertakingTurnover[] }): EuJurisdictionResult {
  const list = input.undertakings.map(clean);
  if (new Set(list.map((u) => u.name)).size !== list.length) throw new JurisdictionInputError('Each undertaking concerned must appear once.');
  if (list.length < 2) {
    return { result: 'incomplete', missing: ['at least two undertakings concerned'], reasons: ['Art. 1 thresholds are tested on the undertakings concerned; at least two are needed.'] };
  }
  const worldwide = sumExceeds(list.map((u) => u.worldwide), 5_000 * M);
  const eu250 = atLeast(2, list.map((u) => exceeds(u.eu, 250 * M)));
  const rule = twoThirdsRule(list);
  const met12 = and(worldwide, eu250, not(rule.applies));

  const worldwide3 = sumExceeds(list.map((u) => u.worldwide), 2_500 * M);
  const stateTests = EU_MEMBER_STATES.map((state) => {
    const values = list.map((u) => (u.states ? (u.states.get(state) ?? 0) : undefined));
    return { state, test: and(sumExceeds(values, 100 * M), atLeast(2, values.map((v) => exceeds(v, 25 * M)))) };
  });
  const threeStates = atLeast(3, stateTests.map((s) => s.test));
  const eu100 = atLeast(2, list.map((u) => exceeds(u.eu, 100 * M)));
  const met13 = and(worldwide3, threeStates, eu100, not(rule.applies));

  const names = (pick: (u: Clean) => number | undefined, limit: number) =>
    list.filter((u) => (pick(u) ?? -1) > limit).map((u) => `${u.name} (${formatEurMillions(pick(u) as number)})`).join(', ') || 'none';
  const qualifying = stateTests.filter((s) => s.test === true).map((s) => s.state);
  const reasons = [
    `Art. 1(2)(a) combined worldwide turnover above €5,000 million: ${word(worldwide)}.`,
    `Art. 1(2)(b) EU-wide turnover above €250 million for at least two undertakings: ${word(eu250)} — ${names((u) => u.eu, 250 * M)}.`,
    `Art. 1(3)(a) combined worldwide turnover above €2,500 million: ${word(worldwide3)}.`,
    `Art. 1(3)(b)–(c) at least three Member States with combined turnover above €100 million and at least two undertakings above €25 million each: ${word(threeStates)}${qualifying.length ? ` — ${qualifying.join(', ')}` : ''}.`,
    `Art. 1(3)(d) EU-wide turnover above €100 million for at least two undertakings: ${word(eu100)} — ${names((u) => u.eu, 100 * M)}.`,
    rule.applies === true
      ? `Two-thirds rule: each undertaking achieves more than two-thirds of its EU-wide turnover in ${rule.state}, so there is no EU dimension (Art. 1(2) and 1(3), last sentence).`
      : `Two-thirds rule: ${rule.applies === false ? 'does not apply' : 'cannot be determined yet (turnover by Member State needed for every undertaking)'}.`,
  ];

  if (met12 === true) return { result: 'met-1-2', missing: [], reasons: [...reasons, 'EU dimension under Art. 1(2).'] };
  if (met13 === true) return { result: 'met-1-3', missing: [], reasons: [...reasons, 'EU dimension under Art. 1(3).'] };
  if (met12 === false && met13 === false) return { result: 'not-met', missing: [], reasons: [...reasons, 'No EU dimension: neither Art. 1(2) nor Art. 1(3) is met.'] };

  const missing = new Set<string>();
  for (const u of list) {
    if ((worldwide === 'unknown' || worldwide3 === 'unknown') && u.worldwide === undefined) missing.add(`worldwide turnover of ${u.name}`);
    if ((eu250 === 'unknown' || eu100 === 'unknown' || rule.applies === 'unknown') && u.eu === undefined) missing.add(`EU-wide turnover of ${u.name}`);
    if ((threeStates === 'unknown' || rule.applies === 'unknown') && !u.states) missing.add(`turnover by Member State of ${u.name}`);
  }
  return { result: 'incomplete', missing: [...missing], reasons: [...reasons, 'The result depends on the missing figures listed.'] };
}
