import { sessionUserOrNull } from '@/lib/auth/session';
import { getDocumentJob } from '@/lib/documents/get-job';
import { errorResponse, signInFirst } from '@/lib/documents/http';

export const dynamic = 'force-dynamic';

/** A generation's status and progress, polled by the Documents tab. */
export async function GET(_req: Request, ctx: { params: Promise<{ caseId: string; jobId: string }> }) {
  const { caseId, jobId } = await ctx.params;
  const actor = await sessionUserOrNull();
  if (!actor) return signInFirst();
  try {
    return Response.json(await getDocumentJob({ actor, caseId, jobId }), { headers: { 'Cache-Control': 'private, no-store' } });
  } catch (err) {
    return errorResponse(err);
  }
}
