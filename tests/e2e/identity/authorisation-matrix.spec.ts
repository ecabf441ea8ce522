import { expect, test, type Page } from '@playwright/test';
import { demoCaseUrl, personPage } from '../../fixtures/e2e';

// The ethical wall as a table: every page and download reachable inside the demo case (found by
// following a member's links, so a new route joins the table by being linked) × each demo person,
// whose role and membership decide what they get. "refused" is 403 or 404: a role that may read
// the case may be told it cannot act; anyone outside the wall only ever gets 404.
type Outcome = 200 | 404 | 'refused';
const PEOPLE: { email: string; member: boolean; read: Outcome; change: Outcome; evidence: Outcome }[] = [
  { email: 'counsel@demo.example', member: true, read: 200, change: 200, evidence: 200 },
  { email: 'reviewer@demo.example', member: true, read: 200, change: 'refused', evidence: 200 },
  { email: 'auditor@demo.example', member: true, read: 200, change: 'refused', evidence: 200 },
  { email: 'admin@demo.example', member: false, read: 200, change: 'refused', evidence: 'refused' },
  { email: 'counsel2@demo.example', member: false, read: 404, change: 404, evidence: 404 },
];
const CHANGE_PAGE = /\/(edit|new|import)(\/|$)/;
const EVIDENCE = /^\/api\/cases\/[^/]+\/evidence\//;

async function crawl(page: Page, start: string): Promise<string[]> {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length && seen.size < 80) {
    const url = queue.shift()!;
    if (url.startsWith('/api/')) continue;
    await page.goto(url);
    const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    for (const href of hrefs) {
      const path = href.split('#')[0].split('?')[0];
      if ((path.startsWith(start) || path.startsWith(`/api${start}`)) && !seen.has(path)) {
        seen.add(path);
        queue.push(path);
      }
    }
  }
  return [...seen].sort();
}

test('every route of a case × role × membership: members per their role, outsiders 404', async ({ browser }) => {
  test.setTimeout(600_000);
  const counsel = await personPage(browser, 'counsel@demo.example');
  const caseUrl = await demoCaseUrl(counsel);
  const urls = await crawl(counsel, caseUrl);
  expect(urls.length).toBeGreaterThan(10);
  expect(urls.some((u) => u.startsWith('/api/'))).toBe(true);
  await counsel.context().close();

  const failures: string[] = [];
  for (const person of PEOPLE) {
    const page = await personPage(browser, person.email);
    for (const url of urls) {
      const want: Outcome = EVIDENCE.test(url) ? person.evidence : CHANGE_PAGE.test(url) ? person.change : person.read;
      const res = await page.request.get(url, { maxRedirects: 0 });
      const got = res.status();
      // A page that sends on to its first sub-page (the market tab) answers 307 to whoever may read it.
      const ok = want === 'refused' ? got === 403 || got === 404 : got === want || (want === 200 && got === 307);
      if (!ok) failures.push(`${person.email} ${url}: ${got}, expected ${want}`);
      // Not just the status: what came back. A page that opens shows this case; a download that
      // opens is a file, not an error page; an outsider's refusal shows nothing of the case (a
      // member refused an edit page may still see the case's name around the refusal).
      const body = got === 307 ? '' : await res.text();
      if (got === 200 && !url.startsWith('/api/') && !body.includes('Colossus')) failures.push(`${person.email} ${url}: 200 without the case`);
      if (got === 200 && url.startsWith('/api/') && (body.length === 0 || /text\/html/.test(res.headers()['content-type'] ?? ''))) failures.push(`${person.email} ${url}: 200 but no file`);
      if ((got === 403 || got === 404) && person.read === 404 && body.includes('Colossus')) failures.push(`${person.email} ${url}: refused (${got}) yet shows the case`);
    }
    await page.context().close();
  }
  expect(failures).toEqual([]);
});
