import type { Metadata } from 'next';
import { connection } from 'next/server';

export const metadata: Metadata = { title: 'Status' };

// "Is it up, and what time does the server think it is?" Behind the proxy like every page (visitors
// without a session cookie go to sign-in); it reveals nothing but the time, so it reads no session.
// Rendered per request and touching no database, it is also the benchmark's baseline: the cost of a
// page on this server before any data (bench/run.ts).
export default async function StatusPage() {
  await connection();
  const now = new Date().toISOString();
  return (
    <main id="main" className="page">
      <h1>Merger Review is running</h1>
      <p>
        Server time: <time dateTime={now}>{now.replace('T', ' ').slice(0, 19)} UTC</time>
      </p>
      <p>
        <a href="/home">Back to the workspace</a>
      </p>
    </main>
  );
}
