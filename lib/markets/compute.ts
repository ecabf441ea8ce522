import { canonicalJson, sha256Hex } from '@/lib/audit/canonical';
import { analyzeMarket, ConcentrationError, type AnalyzeMarketResult } from '@/lib/concentration';
import { toEngineInput } from './build-inputs';
import type { FrozenInputs } from './frozen-inputs';

export type AnalysisOutcome = { ok: true; result: AnalyzeMarketResult } | { ok: false; error: string };

/**
 * Runs the engine on frozen inputs. Its ConcentrationError is a message for counsel (an unknown
 * firm in a scenario, a transfer larger than the seller's holding…), so it becomes an outcome
 * to show, never a server error; anything else is a defect and propagates.
 */
export function computeAnalysis(inputs: FrozenInputs): AnalysisOutcome {
  try {
    return { ok: true, result: analyzeMarket(toEngineInput(inputs)) };
  } catch (err) {
    if (err instanceof ConcentrationError) return { ok: false, error: err.message };
    throw err;
  }
}

/** SHA-256 of the canonical JSON of the inputs (keys sorted at every depth). */
export function inputsSha256(inputs: FrozenInputs): string {
  return sha256Hex(canonicalJson(inputs));
}
