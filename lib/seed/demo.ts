import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { caseMembers, cases, parties, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { hashPassword } from '@/lib/auth/password';
import type { Role } from '@/lib/auth/schemas';
import { DEMO_EXTRAS } from './demo-extras';

export const DEMO_PASSWORD = 'merger-review-demo';
export const DEMO_CASE_NAME = 'Colossus compute transfer: xAI → Anthropic';

export const DEMO_USERS: { email: string; name: string; role: Role; member: boolean }[] = [
  { email: 'admin@demo.example', name: 'Ada Admin', role: 'admin', member: false },
  { email: 'counsel@demo.example', name: 'Clara Counsel', role: 'counsel', member: true },
  { email: 'reviewer@demo.example', name: 'Rafael Reviewer', role: 'reviewer', member: true },
  { email: 'auditor@demo.example', name: 'Aiko Auditor', role: 'auditor', member: true },
  { email: 'counsel2@demo.example', name: 'Conrad Counsel (walled off)', role: 'counsel', member: false },
];

/** The demo workspace: only on an empty database, and never into a DATABASE_URL deployment unless asked. */
export async function seedDemo(db: Db): Promise<{ seeded: boolean }> {
  const existing = await db.select({ id: users.id }).from(users).limit(1);
  if (existing.length) return { seeded: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const system = { id: null, email: 'system:seed' };
  await db.transaction(async (tx) => {
    const ids: Record<string, string> = {};
    for (const u of DEMO_USERS) {
      const [row] = await tx.insert(users).values({ email: u.email, name: u.name, role: u.role, passwordHash }).returning({ id: users.id });
      ids[u.email] = row.id;
      await recordAudit(tx, system, { action: 'user.create', entityType: 'user', entityId: row.id, changes: { email: u.email, name: u.name, role: u.role, source: 'demo seed' } });
    }
    const counsel = ids['counsel@demo.example'];
    const caseValues = {
      name: DEMO_CASE_NAME,
      codename: 'COLOSSUS',
      dealType: 'asset-transfer' as const,
      description:
        'xAI transfers 30,000–50,000 NVIDIA Hopper GPUs (H100/H200) of its Colossus cluster in Memphis, Tennessee, ' +
        'with operational control, to Anthropic. Both the U.S. agencies (HSR) and the European Commission are expected to review the transaction. ' +
        'Regulators will ask how the transfer changes the concentration of AI compute among the frontier labs.',
      valueLowM: '8000.00',
      valueHighM: '12000.00',
      currency: 'USD' as const,
      status: 'pre-filing' as const,
      longStopDate: '2027-06-30',
    };
    const [c] = await tx.insert(cases).values({ ...caseValues, createdBy: counsel, updatedBy: counsel }).returning({ id: cases.id });
    await recordAudit(tx, system, { action: 'case.create', entityType: 'case', entityId: c.id, caseId: c.id, changes: { ...caseValues, source: 'demo seed' } });
    const demoParties = [
      { name: 'Anthropic PBC', role: 'acquirer' as const, country: 'United States', ultimateParent: 'Anthropic PBC' },
      { name: 'X.AI Corp.', role: 'target' as const, country: 'United States', ultimateParent: 'X.AI Holdings Corp.' },
    ];
    for (const p of demoParties) {
      const [row] = await tx.insert(parties).values({ ...p, caseId: c.id, updatedBy: counsel }).returning({ id: parties.id });
      await recordAudit(tx, system, { action: 'party.create', entityType: 'party', entityId: row.id, caseId: c.id, changes: p });
    }
    for (const u of DEMO_USERS.filter((d) => d.member)) {
      await tx.insert(caseMembers).values({ caseId: c.id, userId: ids[u.email], addedBy: counsel });
      await recordAudit(tx, system, { action: 'case.member-add', entityType: 'case_member', entityId: ids[u.email], caseId: c.id, changes: { email: u.email, role: u.role } });
    }
    for (const extra of DEMO_EXTRAS) await extra.run(tx, { caseId: c.id, userIds: ids });
  });
  return { seeded: true };
}

export async function demoCaseId(db: Db) {
  const [row] = await db.select({ id: cases.id }).from(cases).where(eq(cases.codename, 'COLOSSUS')).limit(1);
  return row?.id;
}
