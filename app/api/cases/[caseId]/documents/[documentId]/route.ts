import { sessionUserOrNull } from '@/lib/auth/session';
import { getDocumentFile } from '@/lib/documents/get-document-file';
import { attachment, errorResponse, signInFirst } from '@/lib/documents/http';

export const dynamic = 'force-dynamic';

/** A registered PDF, for a member who may download (404 for anyone else); the download is audited. */
export async function GET(_req: Request, ctx: { params: Promise<{ caseId: string; documentId: string }> }) {
  const { caseId, documentId } = await ctx.params;
  const actor = await sessionUserOrNull();
  if (!actor) return signInFirst();
  try {
    const file = await getDocumentFile({ actor, caseId, documentId });
    return attachment(file.bytes, file.fileName, 'application/pdf', file.sha256);
  } catch (err) {
    return errorResponse(err);
  }
}
