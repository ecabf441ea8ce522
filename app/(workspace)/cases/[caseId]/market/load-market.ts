import { notFound } from 'next/navigation';
import { cache } from 'react';
import { NotFoundError } from '@/lib/core/errors';
import { getMarket } from '@/lib/markets/get-market';
import { getSavedAnalysis } from '@/lib/markets/get-saved-analysis';
import { loadCase } from '../load-case';

/** The market for this request, or a 404 when it is outside the wall or not in this case. */
export const loadMarket = cache(async (caseId: string, marketId: string) => {
  const { user } = await loadCase(caseId);
  try {
    return { user, market: await getMarket({ actor: user, caseId, marketId }) };
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
});

export const loadSavedAnalysis = cache(async (caseId: string, analysisId: string) => {
  const { user } = await loadCase(caseId);
  try {
    return await getSavedAnalysis({ actor: user, analysisId, caseId });
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
});
