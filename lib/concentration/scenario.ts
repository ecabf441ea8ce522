import type { Catalogue } from './catalogue';
import type { Compiled } from './compile';
import { ConcentrationError } from './errors';
import { formatNumber } from './format';
import { shareOf } from './stats';
import type { Range, Scenario } from './types';
import { toCheckedRange } from './validate';

/*
 * Scenarios: resolving names to firm indices, checking the deal is possible,
 * applying it to firm totals, and ΔHHI.
 *
 * ΔHHI is computed from the two firms that change, not as HHI(post) − HHI(pre)
 * over all firms: the two are algebraically equal, but subtracting two sums of
 * a thousand squares loses digits, and a small negative delta for a transfer
 * could otherwise come out with the wrong sign.
 */

export type Level = 'low' | 'central' | 'high';
export const LEVELS: readonly Level[] = ['low', 'central', 'high'];

export type ResolvedScenario =
  | { kind: 'merger'; buyer: number; other: number; buyerName: string; otherName: string }
  | {
      kind: 'transfer';
      buyer: number;
      seller: number;
      buyerName: string;
      sellerName: string;
      accelerator: string;
      acceleratorIndex: number;
      units: Range;
      /** Capacity of one unit of the transferred chip under the chosen metric. */
      unit: number;
    };

/** Checks that only need the catalogue, done before the hot pass. */
export function preResolveTransfer(
  s: Extract<Scenario, { type: 'transfer' }>,
  catalogue: Catalogue,
): { acceleratorIndex: number; units: Range } {
  const acceleratorIndex = catalogue.index.get(s.accelerator);
  if (acceleratorIndex === undefined) {
    throw new ConcentrationError(
      `The transfer scenario moves "${s.accelerator}" from ${s.from} to ${s.to}, but that accelerator is not in the accelerator catalogue.`,
    );
  }
  const units = toCheckedRange(s.count, `the ${s.accelerator} transferred from ${s.from} to ${s.to}`);
  return { acceleratorIndex, units };
}

function firmOrThrow(compiled: Compiled, firm: string, role: string): number {
  const i = compiled.firmIndex.get(firm);
  if (i === undefined) {
    throw new ConcentrationError(
      `The scenario names ${firm} as the ${role}, but ${firm} has no holdings in this market. ` +
        `Check the spelling, or add ${firm} with its holdings (a count of 0 models a new entrant).`,
    );
  }
  return i;
}

function isRanged(r: Range): boolean {
  return r.low !== r.high;
}

// Sums of fractional counts can be off in the last bit; a transfer that equals
// the holding must not be rejected for that.
const TOLERANCE = 1e-9;

export function resolveScenario(
  s: Scenario,
  compiled: Compiled,
  catalogue: Catalogue,
  pre?: { acceleratorIndex: number; units: Range },
): ResolvedScenario {
  if (s.type === 'merger') {
    return {
      kind: 'merger',
      buyer: firmOrThrow(compiled, s.acquirer, 'acquirer'),
      other: firmOrThrow(compiled, s.target, 'target'),
      buyerName: s.acquirer,
      otherName: s.target,
    };
  }
  const seller = firmOrThrow(compiled, s.from, 'seller');
  const buyer = firmOrThrow(compiled, s.to, 'buyer');
  const { acceleratorIndex, units } = pre ?? preResolveTransfer(s, catalogue);
  const held = compiled.sellerUnits;
  const ranged = isRanged(units) || isRanged(held);
  // Central first: if the central case is impossible that is the news; the
  // low / high cases are checked too because the ΔHHI range uses them.
  for (const level of ['central', 'low', 'high'] as const) {
    if (units[level] > held[level] * (1 + TOLERANCE) + TOLERANCE) {
      throw new ConcentrationError(
        `The scenario transfers ${formatNumber(units[level])} ${s.accelerator} from ${s.from}, ` +
          `but ${s.from} holds only ${formatNumber(held[level])} of that accelerator` +
          (ranged ? ` (at the ${level} figure).` : '.'),
      );
    }
  }
  return {
    kind: 'transfer',
    buyer,
    seller,
    buyerName: s.to,
    sellerName: s.from,
    accelerator: s.accelerator,
    acceleratorIndex,
    units,
    unit: catalogue.unit[acceleratorIndex],
  };
}

/** Firm totals after the deal, as a new array; the total is unchanged by either kind. */
export function applyScenario(totals: Float64Array, rs: ResolvedScenario, level: Level): Float64Array {
  const post = totals.slice();
  if (rs.kind === 'merger') {
    post[rs.buyer] += post[rs.other];
    post[rs.other] = 0;
  } else {
    const moved = Math.min(rs.units[level] * rs.unit, post[rs.seller]);
    post[rs.seller] -= moved;
    post[rs.buyer] += moved;
  }
  return post;
}

/**
 * ΔHHI for a merger of firms with shares a and b (percent): 2ab.
 */
export function mergerDelta(a: number, b: number): number {
  return 2 * a * b;
}

/**
 * ΔHHI when m share points move from the seller (share b) to the buyer (share a):
 * (a+m)² + (b−m)² − a² − b² = 2m(a − b + m). With m = f·b this is the
 * reference's 2·f·s_B·(s_A − (1−f)·s_B); negative when a < b − m.
 */
export function transferDelta(a: number, b: number, m: number): number {
  // `+ 0` turns −0 (e.g. a zero transfer) into 0 so it never prints as "-0".
  return 2 * m * (a - b + m) + 0;
}

/**
 * The convention of treating the transferred capacity (share m) as a firm of its own that merges
 * into the buyer (share a): 2·a·m, the merger formula. It ignores that the seller's share falls by
 * the same m, so it overstates the exact change by 2m(b − m) when the seller keeps capacity (b > m);
 * some practitioners and agencies quote it for asset deals, so it is shown beside the exact figure.
 */
export function assetsAsFirmDelta(a: number, m: number): number {
  return 2 * a * m + 0;
}

/** Share points moved by a transfer at one level (capped at the seller's holding, as applyScenario does). */
export function movedShare(totals: Float64Array, total: number, rs: Extract<ResolvedScenario, { kind: 'transfer' }>, level: Level): number {
  return shareOf(Math.min(rs.units[level] * rs.unit, totals[rs.seller]), total);
}

export function deltaAssetsAsFirmAt(totals: Float64Array, total: number, rs: Extract<ResolvedScenario, { kind: 'transfer' }>, level: Level): number {
  return assetsAsFirmDelta(shareOf(totals[rs.buyer], total), movedShare(totals, total, rs, level));
}

export function deltaAt(totals: Float64Array, total: number, rs: ResolvedScenario, level: Level): number {
  if (rs.kind === 'merger') return mergerDelta(shareOf(totals[rs.buyer], total), shareOf(totals[rs.other], total));
  const moved = Math.min(rs.units[level] * rs.unit, totals[rs.seller]);
  return transferDelta(shareOf(totals[rs.buyer], total), shareOf(totals[rs.seller], total), shareOf(moved, total));
}
