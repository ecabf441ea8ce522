export const dynamic = 'force-dynamic';

// Turns the year picker's GET form into the year's page; the page itself checks who may see it.
// A relative Location keeps the browser on the host it used (request.url may name another).
export function GET(request: Request) {
  const url = new URL(request.url);
  const kind = url.searchParams.get('kind') === 'us-federal' ? 'us-federal' : 'eu-commission';
  const year = url.searchParams.get('year') ?? '';
  const target = /^\d{4}$/.test(year) ? `/admin/calendars/${kind}/${year}` : '/admin/calendars';
  return new Response(null, { status: 303, headers: { Location: target } });
}
