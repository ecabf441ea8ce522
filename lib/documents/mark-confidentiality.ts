import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { confidentialityMarks, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { requireCaseAbility, type SessionUser } from '@/lib/access';
import { isUuid } from '@/lib/core/ids';
import { NotFoundError, ValidationError } from '@/lib/core/errors';
import { findFigures } from './figure-net';
import { markConfidentialitySchema, type MarkConfidentialityInput } from './schemas';
import { uniqueViolation } from '@/lib/core/db-errors';

const ALREADY = { name: 'This name is already marked', passage: 'This passage is already marked', 'public-figure': 'This figure is already declared public' } as const;

/**
 * Records one confidentiality mark of a case (counsel). The unique index decides between two
 * people marking the same thing at once: one mark, and the other is told who made it.
 */
export async function markConfidentiality(opts: { actor: SessionUser; caseId: string; input: MarkConfidentialityInput }) {
  const { actor, caseId } = opts;
  const input = markConfidentialitySchema.parse(opts.input);
  if (input.kind === 'public-figure' && findFigures(input.text).length === 0) {
    throw new ValidationError('Some fields need attention.', { text: 'This is not a figure: only figures are declared public.' });
  }
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      await requireCaseAbility(tx, actor, caseId, 'edit');
      const [mark] = await tx.insert(confidentialityMarks).values({
        caseId, kind: input.kind, subject: input.subject, text: input.text, publicLabel: input.kind === 'name' ? input.publicLabel : '',
        category: input.kind === 'public-figure' ? null : input.category, justification: input.justification, createdBy: actor.id,
      }).returning({ id: confidentialityMarks.id });
      await recordAudit(tx, actor, { action: 'confidentiality.mark', entityType: 'confidentiality_mark', entityId: mark.id, caseId, changes: input });
      return { id: mark.id };
    });
  } catch (err) {
    if (!uniqueViolation(err)) throw err;
    const [by] = await db.select({ name: users.name, at: confidentialityMarks.createdAt }).from(confidentialityMarks)
      .innerJoin(users, eq(users.id, confidentialityMarks.createdBy))
      .where(and(eq(confidentialityMarks.caseId, caseId), eq(confidentialityMarks.kind, input.kind), eq(confidentialityMarks.subject, input.subject), eq(confidentialityMarks.text, input.text)));
    const who = by ? ` by ${by.name} at ${by.at.toISOString().replace('T', ' ').slice(0, 16)} UTC` : '';
    throw new ValidationError(`${ALREADY[input.kind]}${who}. Nothing was changed.`, { text: `${ALREADY[input.kind]}.` });
  }
}

/** Removes one mark (counsel); a mark someone else removed first is reported as not found. */
export async function removeConfidentialityMark(opts: { actor: SessionUser; caseId: string; markId: string }) {
  const { actor, caseId, markId } = opts;
  if (!isUuid(markId)) throw new NotFoundError('This mark');
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireCaseAbility(tx, actor, caseId, 'edit');
    const [gone] = await tx.delete(confidentialityMarks)
      .where(and(eq(confidentialityMarks.id, markId), eq(confidentialityMarks.caseId, caseId)))
      .returning({ kind: confidentialityMarks.kind, subject: confidentialityMarks.subject, text: confidentialityMarks.text });
    if (!gone) throw new NotFoundError('This mark (someone may have removed it already)');
    await recordAudit(tx, actor, { action: 'confidentiality.unmark', entityType: 'confidentiality_mark', entityId: markId, caseId, changes: gone });
  });
}
