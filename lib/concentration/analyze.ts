import { assetDeal } from './asset-deal';
import { buildCatalogue } from './catalogue';
import { compileHoldings, throwMissingPower } from './compile';
import { UNIT_LABEL } from './constants';
import { ConcentrationError } from './errors';
import { buildExplain } from './explain';
import { euIndicators, euQuestions } from './indicators';
import { runMonteCarlo } from './monte-carlo';
import { applyScenario, deltaAt, preResolveTransfer, resolveScenario } from './scenario';
import { buildScreens } from './screen-reasons';
import { marketStats, sum } from './stats';
import type { AnalyzeMarketInput, AnalyzeMarketResult, Metric } from './types';
import { checkMonteCarlo, checkTopLevel } from './validate';

/*
 * Orchestration only: validate, one pass over the holdings, then work on the
 * per-firm totals (a few thousand numbers at most) for everything else.
 */

function throwZeroTotal(metric: Metric, holdings: number, level: 'central' | 'low'): never {
  if (holdings === 0) {
    throw new ConcentrationError('The market has no holdings, so market shares cannot be computed.');
  }
  const what = UNIT_LABEL[metric];
  if (level === 'central') {
    throw new ConcentrationError(
      `The market total is zero ${what}: every holding counts for nothing under this metric, so market shares cannot be computed.`,
    );
  }
  throw new ConcentrationError(
    `At the low estimates the market total is zero ${what}, so the low-case ΔHHI cannot be computed. ` +
      'Give at least one holding a low estimate above zero.',
  );
}

export function analyzeMarket(input: AnalyzeMarketInput): AnalyzeMarketResult {
  checkTopLevel(input);
  const { metric, holdings } = input;
  const catalogue = buildCatalogue(input.accelerators, metric);
  const scenario = input.scenario ?? undefined;
  // Monte Carlo answers "how likely is each screen to trip", which needs a
  // deal; without a scenario it is skipped (after still checking the options).
  const mc = input.monteCarlo ? checkMonteCarlo(input.monteCarlo) : undefined;
  const transfer = scenario?.type === 'transfer' ? preResolveTransfer(scenario, catalogue) : undefined;

  const compiled = compileHoldings(holdings, catalogue, {
    transferFrom: scenario?.type === 'transfer' ? scenario.from : undefined,
    transferAccelerator: transfer ? transfer.acceleratorIndex : -1,
    collectRanged: mc !== undefined && scenario !== undefined,
  });

  const totalLow = sum(compiled.low);
  const totalCentral = sum(compiled.central);
  const totalHigh = sum(compiled.high);
  if (Number.isNaN(totalLow + totalCentral + totalHigh)) throwMissingPower(holdings, catalogue);
  if (!(totalCentral > 0)) throwZeroTotal(metric, holdings.length, 'central');

  const names = compiled.firmNames;
  const pre = marketStats(compiled.central, names);
  const result: AnalyzeMarketResult = { pre, unit: UNIT_LABEL[metric] };
  if (!scenario) {
    result.explain = buildExplain(compiled, metric, totalCentral);
    return result;
  }
  if (!(totalLow > 0)) throwZeroTotal(metric, holdings.length, 'low');

  const rs = resolveScenario(scenario, compiled, catalogue, transfer);
  const postTotals = applyScenario(compiled.central, rs, 'central');
  const removed = rs.kind === 'merger' ? rs.other : -1;
  const post = marketStats(postTotals, names, removed);
  const delta = {
    low: deltaAt(compiled.low, totalLow, rs, 'low'),
    central: deltaAt(compiled.central, totalCentral, rs, 'central'),
    high: deltaAt(compiled.high, totalHigh, rs, 'high'),
  };

  const buyerName = rs.buyerName;
  const otherName = rs.kind === 'merger' ? rs.otherName : rs.sellerName;
  const mergedShare = post.shares[buyerName];
  const deal = rs.kind === 'transfer' ? assetDeal(compiled, { low: totalLow, central: totalCentral, high: totalHigh }, rs, delta.central) : undefined;
  // ¶20(f) looks at the undertakings concerned: both firms in a merger; in a transfer the buyer
  // and the transferred capacity, not the seller's whole fleet (see asset-deal.ts).
  const parties = deal?.parties ?? ([
    { name: buyerName, preShare: pre.shares[buyerName] },
    { name: otherName, preShare: pre.shares[otherName] },
  ] as const);
  const largest = parties[0].preShare >= parties[1].preShare ? parties[0] : parties[1];
  const facts = {
    postHhi: post.hhi,
    mergedShare,
    buyerName,
    largestPartyName: largest.name,
    largestPartyPreShare: largest.preShare,
    partiesBasis: deal?.partiesBasis,
  };

  result.post = post;
  result.delta = delta;
  result.mergedShare = mergedShare;
  result.screens = buildScreens({ ...facts, delta: delta.central });
  if (deal) {
    result.deltaAssetsAsFirm = deal.deltaAssetsAsFirm;
    result.screensAssetsAsFirm = buildScreens({ ...facts, delta: deal.deltaAssetsAsFirm.central });
  }
  result.indicators = euIndicators(mergedShare, buyerName);
  result.euQuestions = euQuestions(parties, deal?.partiesBasis);
  result.explain = buildExplain(compiled, metric, totalCentral, {
    totals: postTotals,
    total: totalCentral,
    removed,
  });
  if (deal) result.explain.deltaNotes = deal.deltaNotes;
  if (mc) result.monteCarlo = runMonteCarlo(compiled, rs, mc, totalCentral);
  return result;
}
