import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { checklistItems, checklists } from '@/db/schema';
import { adoptTemplate } from '@/lib/checklists/adopt-template';
import { getAdoptionPreview } from '@/lib/checklists/get-adoption';
import { saveItemContent } from '@/lib/checklists/save-item-content';
import { updateTemplate } from '@/lib/checklists/save-template';
import { getTemplate } from '@/lib/checklists/templates';
import { ConflictError } from '@/lib/core/errors';
import { oneWinner, RACE_ROUNDS, useRaceDatabase } from '../fixtures/race';
import { checklistWorld } from './checklists-setup';

/* A template adoption racing an edit of the same checklist, and two adoptions at once, on two pools (PostgreSQL) or one engine (PGlite). */
const r = useRaceDatabase();
type World = Awaited<ReturnType<typeof checklistWorld>>;

/** A new template version rewording the guidance of the checklist's first item. */
async function rewordFirstItem(w: World, round: number) {
  const hsr = w.templates.find((t) => t.key === 'hsr-acquiring')!;
  const t = await getTemplate({ actor: w.admin, templateId: hsr.id });
  const items = t.items.map((i, k) => (k === 0 ? { ...i, guidance: `Round ${round}: ${i.guidance}` } : i));
  await updateTemplate({ actor: w.admin, input: { templateId: hsr.id, version: t.template.version, name: t.template.name, description: t.template.description, items, note: `Round ${round}` } });
  return t.template.currentVersion + 1;
}

describe('template adoption races', () => {
  it(`adoption vs an edit of an item it changes: one wins, the other is told who and when, nothing lost (${RACE_ROUNDS} rounds)`, async () => {
    const w = await checklistWorld();
    const itemId = w.items[0].id;
    for (let round = 0; round < RACE_ROUNDS; round++) {
      const to = await rewordFirstItem(w, round);
      const preview = await getAdoptionPreview({ actor: w.preparer, caseId: w.caseId, checklistId: w.checklistId });
      const [before] = await r.db.select().from(checklistItems).where(eq(checklistItems.id, itemId));
      const out = await r.race(
        () => adoptTemplate({ actor: w.preparer, caseId: w.caseId, input: { checklistId: w.checklistId, toVersion: to, version: preview.checklist.version, itemsStamp: preview.itemsStamp! } }),
        () => saveItemContent({ actor: w.counsel2, caseId: w.caseId, input: { itemId, version: before.version, answer: `Answer ${round}`, notApplicable: false, naReason: '' } }),
      );
      const { index, error } = oneWinner(out);
      expect(error).toBeInstanceOf(ConflictError);
      const [item] = await r.db.select().from(checklistItems).where(eq(checklistItems.id, itemId));
      const [list] = await r.db.select().from(checklists).where(eq(checklists.id, w.checklistId));
      if (index === 0) {
        // The adoption won: the edit, typed over the old version, is refused naming the adopter.
        expect((error as ConflictError).info.changedBy).toBe('Paula Preparer');
        expect(list.templateVersionNumber).toBe(to);
        expect(item.guidance.startsWith(`Round ${round}:`)).toBe(true);
        expect(item.answer).toBe(before.answer);
      } else {
        // The edit won: the adoption, reviewed before it, is refused naming the editor; nothing adopted.
        expect((error as ConflictError).info.changedBy).toBe('Carl Colleague');
        expect(list.templateVersionNumber).toBe(to - 1);
        expect(item.answer).toBe(`Answer ${round}`);
        expect(item.guidance.startsWith(`Round ${round}:`)).toBe(false);
        // Reviewed again, it goes through, keeping the answer.
        const again = await getAdoptionPreview({ actor: w.preparer, caseId: w.caseId, checklistId: w.checklistId });
        await adoptTemplate({ actor: w.preparer, caseId: w.caseId, input: { checklistId: w.checklistId, toVersion: to, version: again.checklist.version, itemsStamp: again.itemsStamp! } });
        const [after] = await r.db.select().from(checklistItems).where(eq(checklistItems.id, itemId));
        expect(after.answer).toBe(`Answer ${round}`);
      }
    }
  });

  it(`two people adopting the same version at once: one adopts, the other is told who did (${RACE_ROUNDS} rounds)`, async () => {
    const w = await checklistWorld();
    for (let round = 0; round < RACE_ROUNDS; round++) {
      const to = await rewordFirstItem(w, round);
      const p = await getAdoptionPreview({ actor: w.preparer, caseId: w.caseId, checklistId: w.checklistId });
      const input = { checklistId: w.checklistId, toVersion: to, version: p.checklist.version, itemsStamp: p.itemsStamp! };
      const out = await r.race(
        () => adoptTemplate({ actor: w.preparer, caseId: w.caseId, input }),
        () => adoptTemplate({ actor: w.counsel2, caseId: w.caseId, input }),
      );
      const { index, error } = oneWinner(out);
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).info.changedBy).toBe(index === 0 ? 'Paula Preparer' : 'Carl Colleague');
      const items = await r.db.select().from(checklistItems).where(eq(checklistItems.checklistId, w.checklistId));
      expect(items).toHaveLength(w.items.length);
    }
  });
});
