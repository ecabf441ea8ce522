import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getChecklist } from '@/lib/checklists/get-checklist';
import { ITEM_FILTER_LABELS } from '@/lib/checklists/schemas';
import { NotFoundError } from '@/lib/core/errors';
import { loadCase } from '../../load-case';
import styles from '../checklists.module.css';
import { ItemFilters, parseFilter } from '../_components/item-filters';
import { ItemsTable } from '../_components/items-table';
import { ProgressBar } from '../_components/progress-bar';
import { CustomItemForm } from './_components/custom-item-form';
import { parseSearchParams, searchInt, searchText, type RawSearchParams } from '@/lib/core/search-params';

export const metadata = { title: 'Checklist' };

export default async function ChecklistPage(props: { params: Promise<{ caseId: string; checklistId: string }>; searchParams: Promise<RawSearchParams> }) {
  const { caseId, checklistId } = await props.params;
  const { user } = await loadCase(caseId);
  const query = parseSearchParams({ filter: searchText(20), adopted: searchInt(1e9) }, await props.searchParams);
  const filter = parseFilter(query.filter);
  const data = await getChecklist({ actor: user, caseId, checklistId, filter }).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const { checklist: c } = data;
  const sections = data.sections.map((s) => ({ ...s, items: data.items.filter((i) => i.section === s.section) })).filter((s) => s.items.length > 0);
  return (
    <>
      <p className="muted" style={{ margin: 0 }}>
        <Link href={`/cases/${caseId}/checklists`}>← All checklists</Link>
      </p>
      <div className="row" style={{ alignItems: 'center' }}>
        <h2 style={{ flex: 1 }}>{c.name}</h2>
        <ProgressBar approved={data.progress.approved} total={data.progress.total} label="Checklist progress" />
      </div>
      <p className="muted">
        From template “{c.templateName ?? 'custom'}”{c.templateVersionNumber ? `, version ${c.templateVersionNumber}` : ''} · created {c.createdAt.toISOString().slice(0, 10)} by {c.createdByName}
      </p>
      {query.adopted && query.adopted === c.templateVersionNumber ? (
        <p className="notice" role="status">
          Version {query.adopted} of the template adopted. Items no longer in the template are kept and marked; changed items that were approved are back for re-review.
        </p>
      ) : null}
      {c.templateVersionNumber && c.latestTemplateVersion && c.latestTemplateVersion > c.templateVersionNumber ? (
        <p className="card">
          The template has a newer version (v{c.latestTemplateVersion}).{' '}
          <Link href={`/cases/${caseId}/checklists/${checklistId}/adopt`}>Review the changes and adopt version {c.latestTemplateVersion}</Link>
        </p>
      ) : null}
      <ItemFilters basePath={`/cases/${caseId}/checklists/${checklistId}`} current={filter} />
      {sections.length === 0 ? <p className="muted">No items: {ITEM_FILTER_LABELS[filter].toLowerCase()}.</p> : null}
      {sections.map((s) => (
        <section key={s.section} aria-label={s.section}>
          <div className={styles.sectionHead}>
            <h3>{s.section}</h3>
            <ProgressBar approved={s.approved} total={s.total} label={`${s.section} progress`} />
          </div>
          <ItemsTable caseId={caseId} items={s.items} caption={`Items in ${s.section}`} />
        </section>
      ))}
      {data.canEdit ? (
        <section className="card" aria-labelledby="custom-item" style={{ marginTop: '1.5rem' }}>
          <h3 id="custom-item">Add a custom item</h3>
          <CustomItemForm caseId={caseId} checklistId={checklistId} sections={data.sections.map((s) => s.section)} />
        </section>
      ) : null}
    </>
  );
}
