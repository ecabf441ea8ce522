import { notFound } from 'next/navigation';
import { cache } from 'react';
import { requireUser } from '@/lib/auth/session';
import { getCase, type CaseDetail } from '@/lib/cases/get-case';
import { NotFoundError } from '@/lib/core/errors';
import { StampedCache } from '@/lib/stamped-cache';

// Per user, since the permissions in it are the user's; a newer data stamp reloads it.
const recent = new StampedCache<CaseDetail>(500);

/** One read per request for the layout and the page (none while nothing changed); a case outside the wall is a 404. */
export const loadCase = cache(async (caseId: string) => {
  const user = await requireUser();
  try {
    return { user, detail: await recent.get(`${user.id}|${caseId}`, user.dataStamp, () => getCase({ actor: user, caseId })) };
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
});
