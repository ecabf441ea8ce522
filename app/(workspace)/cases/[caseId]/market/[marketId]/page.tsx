import Link from 'next/link';
import { analyzeSnapshot } from '@/lib/markets/analyze-snapshot';
import { listMarkets } from '@/lib/markets/list-markets';
import { listSavedAnalyses } from '@/lib/markets/list-saved-analyses';
import { fmtInt } from '@/lib/markets/present';
import { AnalysisView } from '../_components/analysis-view';
import { ClusterTable } from '../_components/cluster-table';
import { ComparisonTable } from '../_components/comparison-table';
import { FirmEditor } from '../_components/firm-editor';
import { MarketHeader } from '../_components/market-header';
import { MarketNav } from '../_components/market-nav';
import { SaveAnalysisForm } from '../_components/save-analysis-form';
import { SavedList } from '../_components/saved-list';
import { ScenarioEditor } from '../_components/scenario-editor';
import { loadMarket } from '../load-market';
import styles from '../_components/market.module.css';
import { parseSearchParams, searchInt, searchText, type RawSearchParams } from '@/lib/core/search-params';

export const metadata = { title: 'Market' };

export default async function MarketPage(props: { params: Promise<{ caseId: string; marketId: string }>; searchParams: Promise<RawSearchParams> }) {
  const { caseId, marketId } = await props.params;
  const sp = parseSearchParams({ scenario: searchText(40), imported: searchInt(10_000_000) }, await props.searchParams);
  const { user, market: m } = await loadMarket(caseId, marketId);
  const [markets, saved] = await Promise.all([listMarkets({ actor: user, caseId }), listSavedAnalyses({ actor: user, caseId, marketId })]);
  const { baseline, scenarios } = analyzeSnapshot(m);
  const named = scenarios.map((s) => ({ ...s, name: m.scenarios.find((x) => x.id === s.scenarioId)!.name }));
  const selected = named.find((s) => s.scenarioId === sp.scenario) ?? named[0];
  const base = `/cases/${caseId}/market/${marketId}`;
  const edit = m.permissions.edit;
  const firms = m.firms.map((f) => ({ id: f.id, name: f.name }));
  const accelerators = m.catalogue.map((a) => ({ id: a.id, name: a.name }));
  const counted = (status: string) => m.market.includeNonOperational || status === 'operational';
  const clustersPerFirm = new Map<string, number>();
  for (const c of m.clusters) clustersPerFirm.set(c.firmId, (clustersPerFirm.get(c.firmId) ?? 0) + 1);

  return (
    <>
      <MarketNav caseId={caseId} markets={markets} currentId={marketId} canCreate={edit} />
      {sp.imported ? (
        <p className="notice" role="status">
          Imported {fmtInt(sp.imported)} clusters.
        </p>
      ) : null}
      <MarketHeader caseId={caseId} market={m.market} permissions={m.permissions} />
      <nav aria-label="On this page">
        <ul className={styles.subnav}>
          {[
            ['#analysis', 'Analysis'],
            ['#scenarios', `Scenarios (${m.scenarios.length})`],
            ['#clusters', `Clusters (${fmtInt(m.clusters.length)})`],
            ['#firms', `Firms (${m.firms.length})`],
            ['#saved', `Saved analyses (${saved.length})`],
          ].map(([href, label]) => (
            <li key={href}>
              <a href={href}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section className={`card ${styles.section}`} id="analysis" aria-labelledby="analysis-heading">
        <h2 id="analysis-heading">Concentration analysis</h2>
        {named.length ? (
          <>
            <h3>Scenarios side by side</h3>
            <ComparisonTable scenarios={named} hrefFor={(id) => `${base}?scenario=${id}#scenario-detail`} />
            <h3 id="scenario-detail">Scenario in detail</h3>
            <nav aria-label="Choose a scenario" className={styles.selector}>
              {named.map((s) => (
                <Link key={s.scenarioId} href={`${base}?scenario=${s.scenarioId}#scenario-detail`} aria-current={s === selected ? 'true' : undefined}>
                  {s.name}
                </Link>
              ))}
            </nav>
            <AnalysisView inputs={selected.inputs} outcome={selected.outcome} id={`sc-${selected.scenarioId.slice(0, 8)}`} />
            {edit && selected.outcome.ok ? (
              <SaveAnalysisForm
                key={selected.scenarioId}
                caseId={caseId}
                marketId={marketId}
                scenarioId={selected.scenarioId}
                defaultTitle={`${selected.name} (${new Date().toISOString().slice(0, 10)})`}
              />
            ) : null}
          </>
        ) : (
          <>
            <p className="muted">The market as it stands. Add a scenario to see the effect of the deal and the screens.</p>
            <AnalysisView inputs={baseline.inputs} outcome={baseline.outcome} id="baseline" />
          </>
        )}
      </section>

      <section className={`card ${styles.section}`} id="scenarios" aria-labelledby="scenarios-heading">
        <h2 id="scenarios-heading">Scenarios</h2>
        <ScenarioEditor caseId={caseId} marketId={marketId} scenarios={m.scenarios} firms={firms} accelerators={accelerators} editable={edit} />
      </section>

      <section className={`card ${styles.section}`} id="clusters" aria-labelledby="clusters-heading">
        <h2 id="clusters-heading">Clusters</h2>
        <ClusterTable
          caseId={caseId}
          marketId={marketId}
          rows={m.clusters.map((c) => ({ ...c, counted: counted(c.status) }))}
          firms={firms}
          accelerators={accelerators}
          editable={edit}
        />
      </section>

      <section className={`card ${styles.section}`} id="firms" aria-labelledby="firms-heading">
        <h2 id="firms-heading">Firms</h2>
        <FirmEditor caseId={caseId} marketId={marketId} firms={m.firms.map((f) => ({ ...f, clusters: clustersPerFirm.get(f.id) ?? 0 }))} editable={edit} />
      </section>

      <section className={`card ${styles.section}`} id="saved" aria-labelledby="saved-heading">
        <h2 id="saved-heading">Saved analyses</h2>
        <SavedList caseId={caseId} rows={saved} />
      </section>
    </>
  );
}
