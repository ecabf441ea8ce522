import { sessionUserOrNull } from '@/lib/auth/session';
import { canGlobal } from '@/lib/access';
import { errorResponse, notFound, signInFirst } from '@/lib/documents/http';
import { toCsv } from '@/lib/markets/csv';
import { WALL_REPORT_COLUMNS, wallReport, wallReportCells } from '@/lib/wall/wall-report';

export const dynamic = 'force-dynamic';

/** The ethical wall report as CSV, for the firm's risk team (administrators only; others get 404). */
export async function GET() {
  const actor = await sessionUserOrNull();
  if (!actor) return signInFirst();
  if (!canGlobal(actor, 'read-all-audit')) return notFound();
  try {
    const rows = await wallReport({ actor });
    const csv = toCsv([[...WALL_REPORT_COLUMNS], ...rows.map(wallReportCells)]);
    const day = new Date().toISOString().slice(0, 10);
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="ethical-wall-report-${day}.csv"`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (err) {
    return errorResponse(err);
  }
}
