import { sessionUserOrNull } from '@/lib/auth/session';
import { contentDisposition } from '@/lib/http/content-disposition';
import { revisionFileName } from '@/lib/evidence/file-name';
import { getEvidenceFile } from '@/lib/evidence/get-evidence-file';
import { NotFoundError } from '@/lib/core/errors';

export const dynamic = 'force-dynamic';

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });

/** Evidence download: case members only (404 for anyone else), always as an attachment. */
export async function GET(_req: Request, ctx: { params: Promise<{ caseId: string; fileId: string }> }) {
  const { caseId, fileId } = await ctx.params;
  const actor = await sessionUserOrNull();
  if (!actor) return notFound();
  try {
    const file = await getEvidenceFile({ actor, caseId, fileId });
    return new Response(Buffer.from(file.content), {
      headers: {
        'Content-Type': file.contentType,
        'Content-Length': String(file.content.byteLength),
        'Content-Disposition': contentDisposition(revisionFileName(file.fileName, file.revision)),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
        ETag: `"${file.sha256}"`,
        'Content-Security-Policy': "default-src 'none'; sandbox",
      },
    });
  } catch (err) {
    if (err instanceof NotFoundError) return notFound();
    throw err;
  }
}
