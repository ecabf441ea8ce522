import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DeleteMarketButton } from '../../_components/delete-market-button';
import { MarketForm } from '../../_components/market-form';
import { loadMarket } from '../../load-market';

export const metadata = { title: 'Edit market' };

export default async function EditMarketPage({ params }: { params: Promise<{ caseId: string; marketId: string }> }) {
  const { caseId, marketId } = await params;
  const { market } = await loadMarket(caseId, marketId);
  if (!market.permissions.edit) notFound();
  const m = market.market;
  return (
    <section className="card" aria-labelledby="edit-market">
      <p>
        <Link href={`/cases/${caseId}/market/${marketId}`}>← {m.name}</Link>
      </p>
      <h2 id="edit-market">Edit market</h2>
      <MarketForm
        caseId={caseId}
        marketId={marketId}
        version={m.version}
        submitLabel="Save market"
        initial={{
          name: m.name,
          definition: m.definition,
          metric: m.metric,
          geographicScope: m.geographicScope,
          asOf: m.asOf,
          includeNonOperational: m.includeNonOperational,
          mcDraws: m.mcDraws,
          mcSeed: m.mcSeed,
          mcDistribution: m.mcDistribution,
        }}
      />
      <h3>Delete</h3>
      <p className="muted">Deleting removes the market’s firms, clusters and scenarios. Saved analyses stay, unchanged.</p>
      <DeleteMarketButton caseId={caseId} marketId={marketId} version={m.version} name={m.name} />
    </section>
  );
}
