import type { Tx } from '@/db/client';

export interface DemoContext {
  caseId: string;
  userIds: Record<string, string>; // by demo email
}

/** Later features add the demo case's data here (market, reviews, checklists), inside the seed transaction. */
export const DEMO_EXTRAS: { name: string; run: (tx: Tx, ctx: DemoContext) => Promise<void> }[] = [];
