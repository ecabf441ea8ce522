import type { Catalogue } from './catalogue';
import { ConcentrationError } from './errors';
import type { Holding, Range } from './types';
import { throwBadCount } from './validate';

/*
 * The single pass over the holdings. This is the hot path (the app must cope
 * with a million holdings), so it resolves names to integer indices once,
 * accumulates low / central / high firm totals into Float64Arrays in the same
 * pass, allocates nothing per holding, and keeps every error check to one
 * combined comparison whose failure hands off to a slow path for the message.
 */

/** Ranged holdings, flattened for the Monte Carlo loop (struct of arrays). */
export type RangedHoldings = {
  length: number;
  firm: Int32Array;
  unit: Float64Array;
  low: Float64Array;
  central: Float64Array;
  high: Float64Array;
  /** 1 when the holding is the seller's holding of the transferred accelerator. */
  seller: Uint8Array;
};

export type Compiled = {
  firmNames: string[];
  firmIndex: Map<string, number>;
  low: Float64Array;
  central: Float64Array;
  high: Float64Array;
  /** Units of the transferred accelerator the seller holds, at low / central / high. */
  sellerUnits: Range;
  /** Monte Carlo only: the fixed part of each firm's capacity, and the ranged holdings. */
  base?: Float64Array;
  sellerBaseUnits: number;
  ranged?: RangedHoldings;
};

export type CompileOptions = {
  transferFrom?: string;
  /** Catalogue index of the transferred accelerator, or -1. */
  transferAccelerator: number;
  collectRanged: boolean;
};

function grow<T extends Float64Array | Int32Array | Uint8Array>(a: T, length: number): T {
  const b = new (a.constructor as new (n: number) => T)(length);
  b.set(a);
  return b;
}

function throwUnknownAccelerator(firm: unknown, accelerator: unknown, catalogue: Catalogue): never {
  const wanted = String(accelerator).trim().toLowerCase();
  const near = catalogue.names.find((n) => n.trim().toLowerCase() === wanted);
  const hint = near ? ` Did you mean "${near}"?` : ' Add it to the accelerator catalogue or correct the name.';
  throw new ConcentrationError(
    `${String(firm)} is listed as holding "${String(accelerator)}", which is not in the accelerator catalogue.${hint}`,
  );
}

export function compileHoldings(
  holdings: readonly Holding[],
  catalogue: Catalogue,
  opts: CompileOptions,
): Compiled {
  const accIndex = catalogue.index;
  const unit = catalogue.unit;
  const firmIndex = new Map<string, number>();
  const firmNames: string[] = [];
  let cap = 64;
  let low = new Float64Array(cap);
  let central = new Float64Array(cap);
  let high = new Float64Array(cap);
  let base = new Float64Array(opts.collectRanged ? cap : 0);

  const tAcc = opts.transferAccelerator;
  const tFrom = opts.transferFrom;
  // Resolved when the seller is first seen, so the per-holding test is on integers.
  let sellerIndex = -1;
  let sLo = 0;
  let sCe = 0;
  let sHi = 0;
  let sBase = 0;

  const collect = opts.collectRanged;
  let rCap = collect ? 256 : 0;
  let rLen = 0;
  let rFirm = new Int32Array(rCap);
  let rUnit = new Float64Array(rCap);
  let rLow = new Float64Array(rCap);
  let rCen = new Float64Array(rCap);
  let rHigh = new Float64Array(rCap);
  let rSeller = new Uint8Array(rCap);

  const n = holdings.length;
  for (let i = 0; i < n; i++) {
    const h = holdings[i];
    const firm = h.firm;
    let fi = firmIndex.get(firm);
    if (fi === undefined) {
      if (typeof firm !== 'string' || firm.trim() === '') {
        throw new ConcentrationError(`Holding number ${i + 1} (${String(h.accelerator)}) does not name a firm.`);
      }
      fi = firmNames.length;
      firmIndex.set(firm, fi);
      firmNames.push(firm);
      if (firm === tFrom) sellerIndex = fi;
      if (fi >= cap) {
        cap *= 2;
        low = grow(low, cap);
        central = grow(central, cap);
        high = grow(high, cap);
        if (collect) base = grow(base, cap);
      }
    }
    const ai = accIndex.get(h.accelerator);
    if (ai === undefined) throwUnknownAccelerator(firm, h.accelerator, catalogue);
    const u = unit[ai];

    const c = h.count;
    let lo: number;
    let ce: number;
    let hi: number;
    if (typeof c === 'number') {
      // One comparison pair rejects NaN, negatives and ±Infinity together.
      if (!(c >= 0 && c < Infinity)) throwBadCount(firm, h.accelerator, c);
      lo = ce = hi = c;
    } else if (c !== null && typeof c === 'object') {
      lo = c.low;
      ce = c.central;
      hi = c.high;
      if (
        !(
          typeof lo === 'number' &&
          typeof ce === 'number' &&
          typeof hi === 'number' &&
          lo >= 0 &&
          lo <= ce &&
          ce <= hi &&
          hi < Infinity
        )
      ) {
        throwBadCount(firm, h.accelerator, c);
      }
    } else {
      throwBadCount(firm, h.accelerator, c);
    }

    low[fi] += lo * u;
    central[fi] += ce * u;
    high[fi] += hi * u;

    const isSeller = ai === tAcc && fi === sellerIndex;
    if (isSeller) {
      sLo += lo;
      sCe += ce;
      sHi += hi;
    }

    if (collect) {
      if (lo < hi) {
        if (rLen === rCap) {
          rCap *= 2;
          rFirm = grow(rFirm, rCap);
          rUnit = grow(rUnit, rCap);
          rLow = grow(rLow, rCap);
          rCen = grow(rCen, rCap);
          rHigh = grow(rHigh, rCap);
          rSeller = grow(rSeller, rCap);
        }
        rFirm[rLen] = fi;
        rUnit[rLen] = u;
        rLow[rLen] = lo;
        rCen[rLen] = ce;
        rHigh[rLen] = hi;
        rSeller[rLen] = isSeller ? 1 : 0;
        rLen++;
      } else {
        base[fi] += ce * u;
        if (isSeller) sBase += ce;
      }
    }
  }

  const f = firmNames.length;
  return {
    firmNames,
    firmIndex,
    low: low.subarray(0, f),
    central: central.subarray(0, f),
    high: high.subarray(0, f),
    sellerUnits: { low: sLo, central: sCe, high: sHi },
    sellerBaseUnits: sBase,
    base: collect ? base.subarray(0, f) : undefined,
    ranged: collect
      ? {
          length: rLen,
          firm: rFirm.subarray(0, rLen),
          unit: rUnit.subarray(0, rLen),
          low: rLow.subarray(0, rLen),
          central: rCen.subarray(0, rLen),
          high: rHigh.subarray(0, rLen),
          seller: rSeller.subarray(0, rLen),
        }
      : undefined,
  };
}

/**
 * Error path for the 'power' metric: a chip without a power figure makes the
 * totals NaN. Only then do we walk the holdings again to name every such chip
 * actually held (chips in the catalogue that nobody holds do not matter).
 */
export function throwMissingPower(holdings: readonly Holding[], catalogue: Catalogue): never {
  const firmsByChip = new Map<string, Set<string>>();
  for (const h of holdings) {
    const ai = catalogue.index.get(h.accelerator);
    if (ai !== undefined && Number.isNaN(catalogue.unit[ai])) {
      let s = firmsByChip.get(h.accelerator);
      if (!s) firmsByChip.set(h.accelerator, (s = new Set()));
      s.add(h.firm);
    }
  }
  const parts = [...firmsByChip].map(([chip, firms]) => `${chip} (held by ${[...firms].join(', ')})`);
  throw new ConcentrationError(
    `The power metric needs a power figure for every accelerator held, but the catalogue has none for: ` +
      `${parts.join('; ')}. Add the missing power figures, or use the count or compute metric.`,
  );
}
