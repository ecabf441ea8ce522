import { describe, expect, it } from 'vitest';
import { and, eq, isNull } from 'drizzle-orm';
import { checklistApprovals, checklistItems } from '@/db/schema';
import { addCustomItem } from '@/lib/checklists/add-custom-item';
import { approveItem } from '@/lib/checklists/approve-item';
import { hashOfItem } from '@/lib/checklists/item-store';
import { saveItemContent } from '@/lib/checklists/save-item-content';
import { updateCase } from '@/lib/cases/update-case';
import { ConflictError } from '@/lib/core/errors';
import { caseInput, createCaseWith, createUser } from '../fixtures/factories';
import { oneWinner, RACE_ROUNDS, useRaceDatabase } from '../fixtures/race';
import { checklistWorld, itemView, readyItem } from './checklists-setup';

/* Same-record edits and maker-checker sign-off racing an edit, on two pools (PostgreSQL) or one engine (PGlite). */
const r = useRaceDatabase();

describe('races on one record', () => {
  it(`two saves of one case over the same version: one saved, the other told who changed it (${RACE_ROUNDS} rounds)`, async () => {
    const counsel = await createUser({ role: 'counsel', name: 'Clara Case' });
    const colleague = await createUser({ role: 'counsel', name: 'Colin Case' });
    const caseId = await createCaseWith({ counsel, members: [colleague] });
    for (let version = 0; version < RACE_ROUNDS; version++) {
      const out = await r.race(
        () => updateCase({ actor: counsel, caseId, input: { ...caseInput({ name: `Clara ${version}` }), version } }),
        () => updateCase({ actor: colleague, caseId, input: { ...caseInput({ name: `Colin ${version}` }), version } }),
      );
      const { index, error } = oneWinner(out);
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).info.changedBy).toBe(index === 0 ? 'Clara Case' : 'Colin Case');
    }
  });

  it(`an approval racing an edit never signs off content the approver did not see (${RACE_ROUNDS} rounds)`, async () => {
    const w = await checklistWorld();
    for (let round = 0; round < RACE_ROUNDS; round++) {
      // A fresh custom item each round, prepared and sent for review.
      const { id } = await addCustomItem({ actor: w.preparer, caseId: w.caseId, input: { checklistId: w.checklistId, section: 'Races', title: `Item ${round}` } });
      w.items.push({ ...w.items[0], id });
      const { itemId, version } = await readyItem(w, w.items.length - 1, `Answer ${round}`);
      const seen = (await itemView(w.reviewer, w.caseId, w.checklistId, itemId)).item.contentHash;
      const [approve, edit] = await r.race(
        () => approveItem({ actor: w.reviewer, caseId: w.caseId, input: { itemId, contentHash: seen } }),
        () => saveItemContent({ actor: w.preparer, caseId: w.caseId, input: { itemId, version, answer: `Changed ${round}`, notApplicable: false, naReason: '' } }),
      );
      // Exactly one wins. Approving moves the item's version, so an edit typed before the approval is
      // refused naming the approver (it would otherwise silently undo the sign-off); an approval of
      // content edited meanwhile is refused as changed. Nothing is lost: the loser is told and keeps its input.
      expect(approve.ok !== edit.ok).toBe(true);
      const [item] = await r.db.select().from(checklistItems).where(eq(checklistItems.id, itemId));
      const current = await r.db.select().from(checklistApprovals).where(and(eq(checklistApprovals.itemId, itemId), isNull(checklistApprovals.lapsedAt)));
      if (approve.ok) {
        expect(!edit.ok && edit.error).toBeInstanceOf(ConflictError);
        expect(current).toHaveLength(1);
        expect(item.answer).toBe(`Answer ${round}`);
      } else {
        expect(approve.error).toBeInstanceOf(ConflictError);
        expect(current).toHaveLength(0);
        expect(item.answer).toBe(`Changed ${round}`);
      }
      for (const a of current) expect(a.contentHash).toBe(await hashOfItem(r.db, item));
    }
  });
});
