/*
 * Seeded pseudo-random numbers for the Monte Carlo simulation. A filed
 * analysis must be reproducible to the digit, so Math.random (unseeded and
 * engine-specific) is never used. xoshiro128** is small, fast in 32-bit
 * integer arithmetic and statistically sound for this use; its state is
 * filled from the seed with splitmix32, as its authors recommend.
 */

function splitmix32(state: number): { value: number; state: number } {
  const s = (state + 0x9e3779b9) | 0;
  let z = s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return { value: (z ^ (z >>> 16)) >>> 0, state: s };
}

export class Xoshiro128 {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    // Fold in the high bits so every safe-integer seed gives a distinct stream.
    const hi = Math.floor(seed / 0x100000000) | 0;
    let st = (seed | 0) ^ Math.imul(hi, 0x9e3779b1);
    const next = () => {
      const r = splitmix32(st);
      st = r.state;
      return r.value;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    // The all-zero state is the one state xoshiro cannot leave.
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
  }

  /** Next 32-bit unsigned integer. */
  nextUint32(): number {
    const b = this.b;
    const r = Math.imul(rotl(Math.imul(b, 5), 7), 9);
    const t = b << 9;
    this.c ^= this.a;
    this.d ^= b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return r >>> 0;
  }

  /** Uniform in [0, 1) with 32 bits of resolution. */
  nextFloat(): number {
    return this.nextUint32() * 2.3283064365386963e-10;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** Inverse-CDF sample of the triangular distribution (low, mode, high) from u in [0, 1). */
export function triangular(u: number, low: number, mode: number, high: number): number {
  const span = high - low;
  if (span <= 0) return low;
  const cut = (mode - low) / span;
  return u < cut ? low + Math.sqrt(u * span * (mode - low)) : high - Math.sqrt((1 - u) * span * (high - mode));
}
