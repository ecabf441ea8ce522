import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { parseSearchParams, searchInt, type RawSearchParams } from '@/lib/core/search-params';
import { compareTemplateVersions } from '@/lib/checklists/template-versions';
import { getTemplate } from '@/lib/checklists/templates';
import { NotFoundError } from '@/lib/core/errors';
import { TemplateChangeList } from '@/app/_components/template-change-list';
import { canGlobal } from '@/lib/access';

export const metadata = { title: 'Compare template versions' };

const rethrow = (err: unknown): never => {
  if (err instanceof NotFoundError) notFound();
  throw err;
};

export default async function CompareTemplateVersionsPage(props: { params: Promise<{ templateId: string }>; searchParams: Promise<RawSearchParams> }) {
  const user = await requireUser();
  if (!canGlobal(user, 'manage-catalogues')) notFound();
  const { templateId } = await props.params;
  const t = await getTemplate({ actor: user, templateId }).catch(rethrow);
  const q = parseSearchParams({ from: searchInt(1e9), to: searchInt(1e9) }, await props.searchParams);
  const to = q.to ?? t.template.currentVersion;
  const from = q.from ?? Math.max(1, to - 1);
  const known = (n: number) => t.versions.some((v) => v.number === n);
  const c = known(from) && known(to) ? await compareTemplateVersions({ actor: user, templateId, from, to }).catch(rethrow) : null;
  return (
    <>
      <p className="muted" style={{ margin: 0 }}>
        <Link href={`/admin/templates/${t.template.id}`}>← {t.template.name}</Link>
      </p>
      <h1>Compare versions</h1>
      <form method="get" className="row card" aria-label="Versions to compare">
        {(['from', 'to'] as const).map((k) => (
          <div className="field" key={k}>
            <label htmlFor={`v-${k}`}>{k === 'from' ? 'Older version' : 'Newer version'}</label>
            <select id={`v-${k}`} name={k} defaultValue={String(k === 'from' ? from : to)}>
              {t.versions.map((v) => (
                <option key={v.number} value={v.number}>
                  v{v.number} — {v.createdAt.toISOString().slice(0, 10)}
                  {v.note ? ` — ${v.note}` : ''}
                </option>
              ))}
            </select>
          </div>
        ))}
        <button type="submit">Compare</button>
      </form>
      {!c ? (
        <p role="alert">There is no such version of this template.</p>
      ) : from === to ? (
        <p className="muted">Choose two different versions.</p>
      ) : (
        <>
          <p role="status">
            v{c.from.number} ({c.from.itemCount} items) → v{c.to.number} ({c.to.itemCount} items): {c.added.length} added, {c.removed.length} removed, {c.changed.length} changed, {c.unchanged} unchanged.
            {c.renamed ? ` Renamed from “${c.renamed.before}” to “${c.renamed.after}”.` : ''}
          </p>
          <p className="muted">
            An item is the same item in both versions when its section and title match, or its title alone when it moved to another section; a reworded title reads as one item removed and one added.
          </p>
          <TemplateChangeList added={c.added} removed={c.removed} changed={c.changed} />
        </>
      )}
    </>
  );
}
