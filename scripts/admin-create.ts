import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { openDatabase } from '@/db/client';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { generatePassword, hashPassword } from '@/lib/auth/password';
import { createUserSchema } from '@/lib/auth/schemas';
import { env } from '@/lib/env';

// `npm run admin:create -- --email you@firm.example --name "Your Name"`: the first administrator of a
// DATABASE_URL deployment (or another one). The password is generated and shown once.
async function main() {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
  const parsed = createUserSchema.safeParse({ email: values.email ?? '', name: values.name ?? values.email?.split('@')[0] ?? '', role: 'admin' });
  if (!parsed.success) {
    console.error(parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('\n'));
    console.error('Usage: npm run admin:create -- --email you@firm.example [--name "Your Name"]');
    process.exit(2);
  }
  const handle = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    const [exists] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, parsed.data.email));
    if (exists) {
      console.error(`A user with the email ${parsed.data.email} already exists; reset their password from the Users page instead.`);
      process.exit(1);
    }
    const password = generatePassword();
    const passwordHash = await hashPassword(password);
    await handle.db.transaction(async (tx) => {
      const [row] = await tx.insert(users).values({ ...parsed.data, passwordHash, mustChangePassword: true }).returning({ id: users.id });
      await recordAudit(tx, { id: null, email: 'system:admin-create' }, { action: 'user.create', entityType: 'user', entityId: row.id, changes: { ...parsed.data, source: 'admin:create command' } });
    });
    console.log(`Administrator ${parsed.data.email} created.`);
    console.log(`One-time password (shown once; it must be changed at first sign-in): ${password}`);
  } finally {
    await handle.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
