import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { openDatabase, withStartupLock } from '@/db/client';
import { type FolderLock } from '@/db/pglite-lock';
import { settings } from '@/db/schema';
import { seedDemo } from '@/lib/seed/demo';
import { seedReferenceData } from '@/lib/seed/reference';
import { env } from '@/lib/env';

/**
 * Migrates, seeds the demo workspace where wanted, and returns the session-signing secret, which
 * every instance must share: from AUTH_SECRET, else the database (server), else the data folder.
 */
export async function prepareDatabase(opts: { lock?: FolderLock; seedDemo?: boolean } = {}): Promise<{ authSecret: string; seeded: boolean; kind: string }> {
  const handle = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR, lock: opts.lock });
  try {
    const wantSeed = opts.seedDemo ?? (env.SEED_DEMO === 'yes' || (env.SEED_DEMO === 'auto' && !env.DATABASE_URL));
    const { seeded } = await withStartupLock(handle, async () => {
      await seedReferenceData(handle.db);
      return wantSeed ? seedDemo(handle.db) : { seeded: false };
    });
    let authSecret = env.AUTH_SECRET;
    if (!authSecret && env.DATABASE_URL) {
      await handle.db
        .insert(settings)
        .values({ key: 'auth-secret', value: sql`to_jsonb(${randomBytes(32).toString('base64url')}::text)` })
        .onConflictDoNothing();
      const [row] = await handle.db.select().from(settings).where(eq(settings.key, 'auth-secret'));
      authSecret = row.value as string;
    }
    if (!authSecret) {
      const file = path.resolve(env.DATA_DIR, 'auth-secret');
      if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
      authSecret = fs.readFileSync(file, 'utf8').trim();
    }
    return { authSecret, seeded, kind: handle.kind };
  } finally {
    await handle.close();
  }
}
