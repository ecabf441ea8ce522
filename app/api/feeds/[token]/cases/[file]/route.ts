import { feedNotFound, feedResponse } from '@/lib/feeds/feed-response';

export const dynamic = 'force-dynamic';

// /api/feeds/<token>/cases/<case id>.ics — one case's deadlines, membership checked per request.
export async function GET(request: Request, { params }: { params: Promise<{ token: string; file: string }> }) {
  const { token, file } = await params;
  const match = /^([0-9a-f-]{36})\.ics$/i.exec(file);
  if (!match) return feedNotFound();
  return feedResponse(request, token, match[1].toLowerCase());
}
