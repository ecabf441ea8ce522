import { contentDisposition } from '@/lib/http/content-disposition';
import { sessionUserOrNull } from '@/lib/auth/session';
import { NotFoundError } from '@/lib/core/errors';
import { exportClustersCsv } from '@/lib/markets/export-clusters';

export const dynamic = 'force-dynamic';

/** The market's clusters as CSV (the import layout), for a member who may download; 404 outside the wall. */
export async function GET(_req: Request, ctx: { params: Promise<{ caseId: string; marketId: string }> }) {
  const { caseId, marketId } = await ctx.params;
  const actor = await sessionUserOrNull();
  if (!actor) return new Response('Sign in to download.', { status: 401 });
  try {
    const { filename, csv } = await exportClustersCsv({ actor, caseId, marketId });
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': contentDisposition(filename),
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (err) {
    if (err instanceof NotFoundError) return new Response('Not found.', { status: 404 });
    throw err;
  }
}
