import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ImportForm } from '../../_components/import-form';
import { loadMarket } from '../../load-market';

export const metadata = { title: 'Import clusters' };

export default async function ImportPage({ params }: { params: Promise<{ caseId: string; marketId: string }> }) {
  const { caseId, marketId } = await params;
  const { market } = await loadMarket(caseId, marketId);
  if (!market.permissions.edit) notFound();
  return (
    <section aria-labelledby="import-heading">
      <p>
        <Link href={`/cases/${caseId}/market/${marketId}`}>← {market.market.name}</Link>
      </p>
      <h2 id="import-heading">Import clusters from CSV</h2>
      <p className="muted">
        The file is checked in full first. If any row is wrong you see every problem with its line and column, and nothing is saved. If all rows are valid you
        see a preview and decide whether to import.
      </p>
      <ImportForm caseId={caseId} marketId={marketId} currentClusters={market.clusters.length} />
    </section>
  );
}
