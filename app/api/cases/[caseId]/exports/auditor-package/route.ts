import { sessionUserOrNull } from '@/lib/auth/session';
import { buildAuditorPackage } from '@/lib/documents/exports/auditor-package';
import { attachment, errorResponse, signInFirst } from '@/lib/documents/http';

export const dynamic = 'force-dynamic';

/** The auditor package (ZIP: current PDFs, exports, manifest, README), for a member who may download. */
export async function GET(_req: Request, ctx: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await ctx.params;
  const actor = await sessionUserOrNull();
  if (!actor) return signInFirst();
  try {
    const pkg = await buildAuditorPackage({ actor, caseId });
    return attachment(pkg.bytes, pkg.fileName, 'application/zip', pkg.sha256);
  } catch (err) {
    return errorResponse(err);
  }
}
