import { connection } from 'next/server';

// Liveness probe, and the benchmark's baseline: dynamic, but touches no database.
export async function GET() {
  await connection();
  return Response.json({ ok: true, at: new Date().toISOString() });
}
