import { notFound } from 'next/navigation';
import { cache } from 'react';
import { requireUser } from '@/lib/auth/session';
import { getCase } from '@/lib/cases/get-case';
import { NotFoundError } from '@/lib/errors';

/** One read per request for the layout and the page; a case outside the wall is a 404. */
export const loadCase = cache(async (caseId: string) => {
  const user = await requireUser();
  try {
    return { user, detail: await getCase({ actor: user, caseId }) };
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
});
