import Link from 'next/link';
import { notFound } from 'next/navigation';
import { canGlobal } from '@/lib/access';
import { requireUser } from '@/lib/auth/session';
import { getTemplate } from '@/lib/checklists/templates';
import { NotFoundError } from '@/lib/core/errors';
import { TemplateEditor } from '../_components/template-editor';

export const metadata = { title: 'Edit checklist template' };

export default async function EditTemplatePage(props: { params: Promise<{ templateId: string }> }) {
  const user = await requireUser();
  if (!canGlobal(user, 'manage-catalogues')) notFound();
  const { templateId } = await props.params;
  const t = await getTemplate({ actor: user, templateId }).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  return (
    <>
      <p className="muted" style={{ margin: 0 }}>
        <Link href="/admin/templates">← Checklist templates</Link>
      </p>
      <h1>
        {t.template.name} <span className="badge">v{t.template.currentVersion}</span>
      </h1>
      <p className="muted">Saving makes version {t.template.currentVersion + 1}. Checklists already created keep their version.</p>
      <TemplateEditor
        key={t.template.version}
        templateId={t.template.id}
        version={t.template.version}
        initial={{ name: t.template.name, description: t.template.description, items: t.items, note: '' }}
      />
      <section className="card" aria-labelledby="history" style={{ marginTop: '1rem' }}>
        <h2 id="history">Version history</h2>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Name</th>
              <th scope="col" className="num">Items</th>
              <th scope="col">By</th>
              <th scope="col">When (UTC)</th>
              <th scope="col">Note</th>
              <th scope="col">Items and changes</th>
            </tr>
          </thead>
          <tbody>
            {t.versions.map((v) => (
              <tr key={v.number}>
                <td>v{v.number}</td>
                <td>{v.name}</td>
                <td className="num">{v.itemCount}</td>
                <td>{v.createdByName}</td>
                <td>{v.createdAt.toISOString().replace('T', ' ').slice(0, 16)}</td>
                <td>{v.note || '—'}</td>
                <td>
                  <Link href={`/admin/templates/${t.template.id}/versions/${v.number}`}>View v{v.number}</Link>
                  {v.number > 1 ? (
                    <>
                      {' · '}
                      <Link href={`/admin/templates/${t.template.id}/compare?from=${v.number - 1}&to=${v.number}`}>
                        Compare v{v.number - 1} with v{v.number}
                      </Link>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
