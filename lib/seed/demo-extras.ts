import type { Tx } from '@/db/client';
import type { DemoContext } from './demo-context';
import { seedDemoMarket } from './demo-market';
import { seedDemoChecklist } from './checklist-templates';
import { seedDemoReviews } from './reviews-demo';

/** Later features add the demo case's data here (market, reviews, checklists), inside the seed transaction. */
export const DEMO_EXTRAS: { name: string; run: (tx: Tx, ctx: DemoContext) => Promise<void> }[] = [
  { name: 'market and deal scenarios', run: seedDemoMarket },
  { name: 'Form CO checklist', run: seedDemoChecklist },
  { name: 'regulatory reviews', run: seedDemoReviews },
];
