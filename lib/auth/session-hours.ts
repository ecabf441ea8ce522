import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { settings } from '@/db/schema';
import { DEFAULT_SESSION_HOURS } from './session-lifetime';

/** The session lifetime an administrator configured (Users › Sessions), in hours. */
export async function getSessionHours(): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, 'session'));
  return (row?.value as { hours?: number } | undefined)?.hours ?? DEFAULT_SESSION_HOURS;
}
