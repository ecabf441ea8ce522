import { freezeInputs } from './build-inputs';
import { computeAnalysis, inputsSha256, type AnalysisOutcome } from './compute';

/*
 * The analysis is a pure function of its frozen inputs, so results are cached by the inputs'
 * SHA-256: a large market (thousands of ranged clusters × 10,000 draws) is computed once per
 * change, not on every page view. A small LRU bounds the memory.
 */
const CACHE_SIZE = 64;
const cache = new Map<string, AnalysisOutcome>();

function cachedCompute(inputs: FrozenInputs, sha: string): AnalysisOutcome {
  const hit = cache.get(sha);
  if (hit) {
    cache.delete(sha);
    cache.set(sha, hit);
    return hit;
  }
  const outcome = computeAnalysis(inputs);
  cache.set(sha, outcome);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return outcome;
}
import type { FrozenInputs } from './frozen-inputs';
import type { MarketSnapshot } from './snapshot';

export type ScenarioAnalysis = {
  scenarioId: string;
  inputs: FrozenInputs;
  inputsSha256: string;
  outcome: AnalysisOutcome;
};

/**
 * The market as it stands (shares, HHI) and every scenario side by side. Each scenario runs on
 * its own frozen inputs, exactly as it would be saved, so what counsel sees is what gets cited.
 */
export function analyzeSnapshot(s: MarketSnapshot): { baseline: { inputs: FrozenInputs; outcome: AnalysisOutcome }; scenarios: ScenarioAnalysis[] } {
  const baseInputs = freezeInputs(s, null);
  const baseline = { inputs: baseInputs, outcome: cachedCompute(baseInputs, inputsSha256(baseInputs)) };
  const scenarios = s.scenarios.map((sc) => {
    const inputs = freezeInputs(s, sc);
    const sha = inputsSha256(inputs);
    return { scenarioId: sc.id, inputs, inputsSha256: sha, outcome: cachedCompute(inputs, sha) };
  });
  return { baseline, scenarios };
}
