import Link from 'next/link';
import { notFound } from 'next/navigation';
import { canGlobal } from '@/lib/access';
import { requireUser } from '@/lib/auth/session';
import { TemplateEditor } from '../_components/template-editor';

export const metadata = { title: 'New checklist template' };

export default async function NewTemplatePage() {
  const user = await requireUser();
  if (!canGlobal(user, 'manage-catalogues')) notFound();
  return (
    <>
      <p className="muted" style={{ margin: 0 }}>
        <Link href="/admin/templates">← Checklist templates</Link>
      </p>
      <h1>New checklist template</h1>
      <TemplateEditor />
    </>
  );
}
