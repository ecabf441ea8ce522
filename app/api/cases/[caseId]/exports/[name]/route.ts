import { sessionUserOrNull } from '@/lib/auth/session';
import { getCaseExport } from '@/lib/documents/exports/get-export';
import { attachment, errorResponse, signInFirst } from '@/lib/documents/http';

export const dynamic = 'force-dynamic';

/** One export of the case ("clusters.csv", "audit-events.json"…), for a member who may download. */
export async function GET(_req: Request, ctx: { params: Promise<{ caseId: string; name: string }> }) {
  const { caseId, name } = await ctx.params;
  const actor = await sessionUserOrNull();
  if (!actor) return signInFirst();
  try {
    const file = await getCaseExport({ actor, caseId, name });
    return attachment(file.body, file.fileName, file.contentType, file.sha256);
  } catch (err) {
    return errorResponse(err);
  }
}
