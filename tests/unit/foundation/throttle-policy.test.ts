import { describe, expect, it } from 'vitest';
import { delaySeconds, MAX_DELAY_SECONDS, PAIR_FREE_FAILURES } from '@/lib/auth/throttle/policy';

describe('sign-in delays', () => {
  it('lets the first failures through, then doubles the wait up to the cap', () => {
    expect([0, 4, 5, 6, 7, 8].map((n) => delaySeconds(n, PAIR_FREE_FAILURES))).toEqual([0, 0, 30, 60, 120, 240]);
    expect(delaySeconds(PAIR_FREE_FAILURES + 10, PAIR_FREE_FAILURES)).toBe(MAX_DELAY_SECONDS);
    expect(delaySeconds(10_000, PAIR_FREE_FAILURES)).toBe(MAX_DELAY_SECONDS);
  });
});
