import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { canGlobal } from '@/lib/access';
import { CaseForm } from '../_components/case-form';
import { createCaseAction } from '../actions';

export const metadata = { title: 'New case' };

export default async function NewCasePage() {
  const user = await requireUser();
  if (!canGlobal(user, 'create-case')) notFound();
  return (
    <>
      <h1>New case</h1>
      <CaseForm submit={createCaseAction} submitLabel="Create case" cancelHref="/cases" />
    </>
  );
}
