import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '../fixtures/db';
import { createCaseWith, createUser } from '../fixtures/factories';
import { seedChecklistTemplates } from '@/lib/seed/checklist-templates';
import { checklists } from '@/db/schema';
import { createChecklist } from '@/lib/checklists/create-checklist';
import { listTemplates } from '@/lib/checklists/templates';
import { createReview, removeReview } from '@/lib/reviews/save-review';
import { ValidationError } from '@/lib/core/errors';

const t = useTestDatabase();

describe('a checklist’s review belongs to its case', () => {
  it('refuses another case’s review in words, and the database refuses it too; a deleted review unlinks', async () => {
    await seedChecklistTemplates(t.db);
    const counsel = await createUser({ role: 'counsel' });
    const mine = await createCaseWith({ counsel });
    const theirs = await createCaseWith({ counsel });
    const { id: ownReview } = await createReview({ actor: counsel, caseId: mine, input: { authority: 'eu-commission', caseNumber: 'M.12345' } });
    const { id: otherReview } = await createReview({ actor: counsel, caseId: theirs, input: { authority: 'eu-commission', caseNumber: 'M.12346' } });
    const [tpl] = await listTemplates({ actor: counsel });

    const err = await createChecklist({ actor: counsel, caseId: mine, input: { templateId: tpl.id, reviewId: otherReview } }).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.fieldErrors).toEqual({ reviewId: 'That review is not part of this case.' });

    const { id } = await createChecklist({ actor: counsel, caseId: mine, input: { templateId: tpl.id, reviewId: ownReview } });
    // Past the verb, straight to the database: the foreign key holds.
    await expect(t.db.update(checklists).set({ reviewId: otherReview }).where(eq(checklists.id, id))).rejects.toThrow();

    await removeReview({ actor: counsel, caseId: mine, reviewId: ownReview, version: 0 });
    const [row] = await t.db.select({ reviewId: checklists.reviewId }).from(checklists).where(eq(checklists.id, id));
    expect(row.reviewId).toBeNull();
  });
});
