import Link from 'next/link';
import { notFound } from 'next/navigation';
import { canGlobal } from '@/lib/access';
import { requireUser } from '@/lib/auth/session';
import { listTemplates } from '@/lib/checklists/templates';

export const metadata = { title: 'Checklist templates' };

export default async function TemplatesPage() {
  const user = await requireUser();
  if (!canGlobal(user, 'manage-catalogues')) notFound();
  const rows = await listTemplates({ actor: user });
  return (
    <>
      <div className="row" style={{ alignItems: 'center' }}>
        <h1 style={{ flex: 1 }}>Checklist templates</h1>
        <Link href="/admin/templates/new" className="button primary">
          New template
        </Link>
      </div>
      <p className="muted">Editing a template makes a new version. Checklists already created from it keep the version they were made from.</p>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Template</th>
            <th scope="col">Current version</th>
            <th scope="col" className="num">Sections</th>
            <th scope="col" className="num">Items</th>
            <th scope="col">Last changed (UTC)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((t) => (
            <tr key={t.id}>
              <td>
                <Link href={`/admin/templates/${t.id}`}>{t.name}</Link>
                <div className="muted">{t.description}</div>
              </td>
              <td>v{t.currentVersion}</td>
              <td className="num">{t.sectionCount}</td>
              <td className="num">{t.itemCount}</td>
              <td>{t.updatedAt.toISOString().replace('T', ' ').slice(0, 16)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
