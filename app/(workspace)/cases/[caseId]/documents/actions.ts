'use server';

import { revalidatePath } from 'next/cache';
import { after } from 'next/server';
import { SESSION_ENDED, toResult } from '@/lib/core/action-result';
import { sessionUserOrNull } from '@/lib/auth/session';
import { runDocumentJob } from '@/lib/documents/run-generation';
import type { GenerateDocumentInput } from '@/lib/documents/schemas';
import { startDocumentGeneration } from '@/lib/documents/start-generation';

/** Queues the generation and runs it after the response, so the page can show its progress. */
export async function startGenerationAction(caseId: string, input: GenerateDocumentInput) {
  const actor = await sessionUserOrNull();
  if (!actor) return SESSION_ENDED;
  const res = await toResult(() => startDocumentGeneration({ actor, caseId, input }));
  if (res.ok) {
    after(() => runDocumentJob(res.data.jobId));
    revalidatePath(`/cases/${caseId}/documents`);
  }
  return res;
}
