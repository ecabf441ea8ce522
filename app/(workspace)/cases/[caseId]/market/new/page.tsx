import Link from 'next/link';
import { notFound } from 'next/navigation';
import { loadCase } from '../../load-case';
import { MarketForm } from '../_components/market-form';

export const metadata = { title: 'New market' };

export default async function NewMarketPage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const { detail } = await loadCase(caseId);
  // Readers never see the form; the action would refuse them anyway.
  if (!detail.permissions.edit) notFound();
  return (
    <section aria-labelledby="new-market" className="card">
      <p>
        <Link href={`/cases/${caseId}/market`}>← Market</Link>
      </p>
      <h2 id="new-market">New market</h2>
      <p className="muted">A case may analyse several candidate markets, e.g. worldwide and EEA, or by count and by compute.</p>
      <MarketForm caseId={caseId} submitLabel="Create market" />
    </section>
  );
}
