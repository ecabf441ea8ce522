import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { getTemplateVersion } from '@/lib/checklists/template-versions';
import { NotFoundError } from '@/lib/core/errors';
import { canGlobal } from '@/lib/access';

export const metadata = { title: 'Template version' };

export default async function TemplateVersionPage(props: { params: Promise<{ templateId: string; number: string }> }) {
  const user = await requireUser();
  if (!canGlobal(user, 'manage-catalogues')) notFound();
  const { templateId, number } = await props.params;
  if (!/^\d{1,9}$/.test(number)) notFound();
  const { template, version: v } = await getTemplateVersion({ actor: user, templateId, number: Number(number) }).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const sections = [...new Set(v.items.map((i) => i.section))];
  return (
    <>
      <p className="muted" style={{ margin: 0 }}>
        <Link href={`/admin/templates/${template.id}`}>← {template.name}</Link>
      </p>
      <h1>
        {v.name} <span className="badge">v{v.number}</span>
        {v.number === template.currentVersion ? <span className="badge">current</span> : null}
      </h1>
      <p className="muted">
        {v.items.length} items · saved {v.createdAt.toISOString().replace('T', ' ').slice(0, 16)} UTC by {v.createdByName}
        {v.note ? ` · “${v.note}”` : ''}
      </p>
      {v.description ? <p>{v.description}</p> : null}
      {v.number > 1 ? (
        <p>
          <Link href={`/admin/templates/${template.id}/compare?from=${v.number - 1}&to=${v.number}`}>Compare with v{v.number - 1}</Link>
        </p>
      ) : null}
      {sections.map((s) => (
        <section key={s} aria-label={s}>
          <h2>{s}</h2>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">Reference</th>
                <th scope="col">Guidance</th>
              </tr>
            </thead>
            <tbody>
              {v.items
                .filter((i) => i.section === s)
                .map((i, k) => (
                  <tr key={k}>
                    <td>{i.title}</td>
                    <td>{i.reference || '—'}</td>
                    <td style={{ whiteSpace: 'pre-wrap' }}>{i.guidance || '—'}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}
