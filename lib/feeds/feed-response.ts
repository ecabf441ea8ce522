import { NotFoundError } from '@/lib/core/errors';
import { buildFeed } from './build-feed';

const NOT_FOUND = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });

/** The address the calendar app used (behind a proxy, its forwarded host), for links back to the case. */
function publicOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? url.host;
  const proto = request.headers.get('x-forwarded-proto') ?? url.protocol.replace(':', '');
  return `${proto.split(',')[0].trim()}://${host.split(',')[0].trim()}`;
}

/** The HTTP answer for a feed request: the calendar, or a bare 404 that says nothing about why. */
export async function feedResponse(request: Request, token: string, caseId?: string): Promise<Response> {
  try {
    const feed = await buildFeed({ token, caseId, origin: publicOrigin(request) });
    const file = caseId ? 'merger-review-case.ics' : 'merger-review-my-cases.ics';
    return new Response(feed.body, {
      headers: {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `inline; filename="${file}"`,
        // The URL is the secret: keep it and the body out of shared caches and referrers.
        'Cache-Control': 'private, no-store',
        'X-Robots-Tag': 'noindex',
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return NOT_FOUND();
    throw error;
  }
}

export { NOT_FOUND as feedNotFound };
