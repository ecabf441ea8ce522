import { feedResponse } from '@/lib/feeds/feed-response';

export const dynamic = 'force-dynamic';

// No session here: calendar apps cannot sign in. The secret token authenticates (see lib/feeds).
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return feedResponse(request, token);
}
