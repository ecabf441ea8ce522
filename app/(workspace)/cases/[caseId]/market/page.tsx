import { redirect } from 'next/navigation';
import { listMarkets } from '@/lib/markets/list-markets';
import { loadCase } from '../load-case';
import { MarketForm } from './_components/market-form';

export const metadata = { title: 'Market' };

/** The tab opens on the case's first market; with none yet, it explains and (for counsel) offers to define one. */
export default async function MarketIndex({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const { user, detail } = await loadCase(caseId);
  const markets = await listMarkets({ actor: user, caseId });
  if (markets.length) redirect(`/cases/${caseId}/market/${markets[0].id}`);
  return (
    <section aria-labelledby="market-heading">
      <h2 id="market-heading">Market and concentration</h2>
      <p className="muted">
        Define a relevant market, record each firm’s accelerator clusters (or import them from CSV) and model the deal as a scenario: the tab then shows shares,
        HHI and ΔHHI, and the verdict of each merger-guideline screen.
      </p>
      {detail.permissions.edit ? (
        <div className="card">
          <h3>Define the first market</h3>
          <MarketForm caseId={caseId} submitLabel="Create market" />
        </div>
      ) : (
        <p className="card">No market has been defined for this case yet.</p>
      )}
    </section>
  );
}
