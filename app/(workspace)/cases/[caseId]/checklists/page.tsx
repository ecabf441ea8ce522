import Link from 'next/link';
import { listChecklists } from '@/lib/checklists/list-checklists';
import { isOverdue } from '@/lib/checklists/progress';
import { ITEM_FILTER_LABELS } from '@/lib/checklists/schemas';
import { listTemplates } from '@/lib/checklists/templates';
import { loadCase } from '../load-case';
import { ItemFilters, parseFilter } from './_components/item-filters';
import { ItemsTable } from './_components/items-table';
import { NewChecklistForm } from './_components/new-checklist-form';
import { ProgressBar } from './_components/progress-bar';
import { parseSearchParams, searchText, type RawSearchParams } from '@/lib/core/search-params';

export const metadata = { title: 'Checklists' };

export default async function ChecklistsPage(props: { params: Promise<{ caseId: string }>; searchParams: Promise<RawSearchParams> }) {
  const { caseId } = await props.params;
  const { user } = await loadCase(caseId);
  const filter = parseFilter(parseSearchParams({ filter: searchText(20) }, await props.searchParams).filter);
  const [data, templates] = await Promise.all([listChecklists({ actor: user, caseId, filter }), listTemplates({ actor: user })]);
  const base = `/cases/${caseId}/checklists`;
  return (
    <>
      <section aria-labelledby="lists">
        <h2 id="lists">Filing checklists</h2>
        {data.checklists.length === 0 ? (
          <p className="muted">No checklists on this case yet.{data.canCreate ? ' Create one from a template below.' : ''}</p>
        ) : (
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Checklist</th>
                <th scope="col">Template version</th>
                <th scope="col">Created</th>
                <th scope="col">Progress</th>
              </tr>
            </thead>
            <tbody>
              {data.checklists.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link href={`${base}/${c.id}`}>{c.name}</Link>
                  </td>
                  <td>{c.templateVersionNumber ? `v${c.templateVersionNumber}` : '—'}</td>
                  <td>
                    {c.createdAt.toISOString().slice(0, 10)} by {c.createdByName}
                  </td>
                  <td>
                    <ProgressBar approved={c.approved} total={c.total} label={`${c.name} progress`} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {data.checklists.length ? (
        <section aria-labelledby="across">
          <h2 id="across">Items across all checklists</h2>
          <ItemFilters basePath={base} current={filter} />
          {filter === 'all' ? (
            <p className="muted">Choose a filter to see the items assigned to you, waiting for your review, or overdue.</p>
          ) : data.items.length === 0 ? (
            <p className="muted">No items: {ITEM_FILTER_LABELS[filter].toLowerCase()}.</p>
          ) : (
            <ItemsTable caseId={caseId} items={data.items.map((i) => ({ ...i, overdue: isOverdue(i) }))} caption={ITEM_FILTER_LABELS[filter]} showChecklist />
          )}
        </section>
      ) : null}
      {data.canCreate ? (
        <section className="card" aria-labelledby="new-checklist">
          <h2 id="new-checklist">New checklist from a template</h2>
          <NewChecklistForm caseId={caseId} templates={templates.map((t) => ({ id: t.id, name: t.name, version: t.currentVersion, items: t.itemCount, sections: t.sectionCount, description: t.description }))} />
        </section>
      ) : null}
    </>
  );
}
