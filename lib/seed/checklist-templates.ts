import { count, eq } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { checklistItems, checklists, checklistTemplates, checklistTemplateVersions } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import type { TemplateItem } from '@/lib/checklists/schemas';
import type { DemoContext } from './demo-context';

type Seed = { key: string; name: string; description: string; items: TemplateItem[] };
const it = (section: string, reference: string, title: string, guidance: string): TemplateItem => ({ section, reference, title, guidance });

// NOTE: the Form CO section headings follow docs/reference (merger-review-rules.md) and are
// UNVERIFIED against the text of Implementing Regulation (EU) 2023/914, Annex I (as amended by
// 2024/2776). They are template data: an administrator corrects them by editing the template.
const S = (n: number, t: string) => `${n}. ${t}`;
const FORM_CO: TemplateItem[] = [
  it(S(1, 'Description of the concentration'), 'Form CO §1', 'Executive summary of the concentration', 'The parties, the nature of the concentration, the areas of activity concerned and the markets on which it will have an impact; the strategic and economic rationale.'),
  it(S(1, 'Description of the concentration'), 'Form CO §1.2', 'Public summary (at most 500 words)', 'A non-confidential summary the Commission can publish. At most 500 words; no business secrets. Count the words before sign-off.'),
  it(S(1, 'Description of the concentration'), 'Form CO §1', 'Timetable and main steps', 'Signing, conditions, expected completion and any other authorities reviewing the transaction.'),
  it(S(2, 'Information about the parties'), 'Form CO §2', 'Notifying parties: details and contact persons', 'Name, address and contact person of each notifying party.'),
  it(S(2, 'Information about the parties'), 'Form CO §2', 'Other parties to the concentration', 'Name, address and contact person of each other party (the target, a seller).'),
  it(S(2, 'Information about the parties'), 'Form CO §2', 'Authorised representatives and powers of attorney', 'Written proof of authority for every representative who signs or files.'),
  it(S(3, 'Details of the concentration, ownership and control'), 'Form CO §3', 'Nature of the concentration and how control is acquired', 'Merger, acquisition of sole or joint control, or full-function joint venture (EUMR Art. 3); the assets or shares concerned.'),
  it(S(3, 'Details of the concentration, ownership and control'), 'Form CO §3', 'Ownership and control before and after completion', 'Structure charts for each undertaking concerned, with the percentages held and voting rights.'),
  it(S(3, 'Details of the concentration, ownership and control'), 'Form CO §3', 'Economic and financial details of the transaction', 'Consideration, transaction value, financing, and any public financial support.'),
  it(S(3, 'Details of the concentration, ownership and control'), 'Form CO §3', 'Group lists of the undertakings concerned', 'Undertakings of each group active on the affected markets.'),
  it(S(4, 'Turnover'), 'Form CO §4', 'Worldwide turnover of each undertaking concerned', 'Last financial year, calculated under EUMR Art. 5 and the Consolidated Jurisdictional Notice.'),
  it(S(4, 'Turnover'), 'Form CO §4', 'EU-wide turnover and turnover by Member State', 'Includes the two-thirds check (each undertaking achieves more than two-thirds of its EU turnover in one Member State?).'),
  it(S(4, 'Turnover'), 'Form CO §4', 'EEA / EFTA turnover', 'For the cooperation with the EFTA Surveillance Authority.'),
  it(S(5, 'Supporting documentation'), 'Form CO §5', 'Transaction documents', 'Final or most recent versions of the documents bringing about the concentration.'),
  it(S(5, 'Supporting documentation'), 'Form CO §5', 'Internal documents analysing the concentration', 'Presentations, analyses and reports prepared for the board or shareholders that assess the transaction or the markets.'),
  it(S(5, 'Supporting documentation'), 'Form CO §5', 'Annual reports and accounts', 'Latest annual reports of all parties.'),
  it(S(6, 'Market definitions'), 'Form CO §6', 'Relevant product markets', 'Each product or service market and the reasons for the definition (demand- and supply-side substitution).'),
  it(S(6, 'Market definitions'), 'Form CO §6', 'Relevant geographic markets', 'Worldwide, EEA-wide, national or narrower, with the reasons.'),
  it(S(6, 'Market definitions'), 'Form CO §6', 'Affected markets identified', 'Horizontal overlaps and vertical relationships meeting the Form CO share thresholds.'),
  it(S(7, 'Information on markets'), 'Form CO §7.1', 'Market shares given in bands', 'For each affected market, the parties’ and main competitors’ shares for the last three years, in value and, where relevant, volume, given in bands (e.g. 20–25 %), with sources.'),
  it(S(7, 'Information on markets'), 'Form CO §7', 'Market size and sources', 'Total market size estimates, how they were calculated and the sources used.'),
  it(S(7, 'Information on markets'), 'Form CO §7', 'Competitors, customers and suppliers', 'The main competitors, customers and suppliers with contact details.'),
  it(S(7, 'Information on markets'), 'Form CO §7', 'Capacity and its use', 'Capacity of the parties and competitors (for compute: installed accelerators and utilisation).'),
  it(S(8, 'General information on affected markets'), 'Form CO §8', 'Structure of supply and demand', 'Distribution, customer concentration, switching, buyer power.'),
  it(S(8, 'General information on affected markets'), 'Form CO §8', 'Barriers to entry and recent entry', 'Costs and time of entry, recent entrants and exits.'),
  it(S(8, 'General information on affected markets'), 'Form CO §8', 'Research, development and innovation', 'Importance of R&D, pipelines, the parties’ innovation capabilities.'),
  it(S(8, 'General information on affected markets'), 'Form CO §8', 'Cooperative agreements and trade associations', 'Agreements with competitors on the affected markets; memberships of trade associations.'),
  it(S(9, 'Efficiencies'), 'Form CO §9', 'Claimed efficiencies', 'If relied on: verifiable, merger-specific and likely to benefit consumers. Otherwise mark not applicable with the reason.'),
  it(S(10, 'Cooperative effects of a joint venture'), 'Form CO §10', 'Coordination between the parents (EUMR Art. 2(4))', 'Only for a full-function joint venture. Otherwise mark not applicable with the reason.'),
  it(S(11, 'Declaration'), 'Form CO §11', 'Declaration signed by all notifying parties', 'Signed by each notifying party or its authorised representative; original powers of attorney attached.'),
  it(S(11, 'Declaration'), 'Form CO §11', 'Confirmation that the information is true, correct and complete', 'Every estimate identified as such; every section answered or explained.'),
];

function hsr(side: 'acquiring' | 'acquired'): TemplateItem[] {
  const ref = (p: string) => `HSR form (${side}): ${p}`;
  const items = [
    it('Filing', ref('form version'), 'Confirm the form version in use', 'The 2025 form (effective 10 Feb 2025) was vacated on 12 Feb 2026 and the order stayed on 19 Feb 2026; confirm the current position before filing.'),
    it('Filing', ref('parties'), 'Identification of the filing person and its ultimate parent entity', 'Names, addresses and the UPE for the filing person.'),
    it('Narratives', ref('transaction rationale'), 'Transaction rationale narrative', 'Why the parties are doing the deal, with references to the supporting documents.'),
    it('Narratives', ref('horizontal overlaps'), 'Horizontal overlaps narrative', 'Each product or service where the parties compete, with sales and customers.'),
    it('Narratives', ref('supply relationships'), 'Supply relationships narrative', 'Products or services one party sells to the other or to its competitors.'),
    it('Documents', ref('transaction-related documents'), 'Transaction-related documents', 'Documents evaluating the transaction for officers and directors.'),
    it('Documents', ref('supervisory deal-team lead'), 'Documents of the supervisory deal-team lead', 'Transaction-related documents prepared by or for the supervisory deal-team lead.'),
    it('Documents', ref('ordinary-course plans'), 'Ordinary-course plans and reports', 'Periodic plans and reports to the CEO or board that discuss overlapping products.'),
    it('Governance', ref('officers and directors'), 'Officers and directors', 'Officers and directors of the relevant entities and their other board seats (interlocks).'),
  ];
  if (side === 'acquiring') {
    items.push(
      it('Governance', ref('minority holders'), 'Minority holders and limited partners (≥ 5 %) with management rights', 'Holders of 5 % or more, including limited partners with management rights.'),
      it('Prior acquisitions', ref('prior acquisitions'), 'Prior acquisitions in overlapping businesses', 'Acquisitions in the overlapping products or industries in the look-back period.'),
      it('Filing', ref('fee'), 'Filing fee tier and payment', 'Tier from the thresholds in force at filing; payment reference.'),
    );
  } else {
    items.push(it('Governance', ref('minority holders'), 'Minority holders (≥ 5 %) of the acquired entity', 'Holders of 5 % or more of the acquired entity.'));
  }
  items.push(it('Certification', ref('certification'), 'Certification and affidavit', 'Signed certification by an authorised officer; affidavit where required.'));
  return items;
}

const CONCENTRATION: TemplateItem[] = [
  it('Market and data', 'Analysis §1', 'Relevant market defined and justified', 'The product and geographic market the shares are computed on, and why.'),
  it('Market and data', 'Analysis §1', 'Data sources recorded with dates', 'Every share input traces to a dated source; estimates are marked as such.'),
  it('Market and data', 'Analysis §1', 'Capacity measure documented', 'The unit (e.g. H100-equivalents) and conversions used.'),
  it('Shares and HHI', 'Analysis §2', 'Shares sum to 100 %', 'Including an “others” line where needed.'),
  it('Shares and HHI', 'Analysis §2', 'HHI and ΔHHI computed and checked', 'A partial transfer can give a negative ΔHHI: report it as such, never clamped.'),
  it('Screens', 'Analysis §3', 'US 2023 Merger Guidelines screen applied', 'HHI > 1,800 with Δ > 100, or share > 30 % with Δ > 100.'),
  it('Screens', 'Analysis §3', 'US 2010 Horizontal Merger Guidelines screen applied', 'Thresholds of §5.3.'),
  it('Screens', 'Analysis §3', 'EU Horizontal Merger Guidelines ¶19–21 screen applied', 'Including the ¶20 factors that displace the safe harbours.'),
  it('Sensitivity', 'Analysis §4', 'Uncertainty ranges reviewed', 'Monte Carlo ranges with the seed recorded so the run can be repeated.'),
  it('Conclusions', 'Analysis §5', 'Conclusions consistent with the filings', 'Form CO §7 and the HSR overlaps narrative say the same thing as the analysis.'),
];

export const TEMPLATE_SEEDS: Seed[] = [
  { key: 'eu-form-co', name: 'EU Form CO', description: 'Notification under the EU Merger Regulation (Form CO, sections 1–11). Headings unverified against the 2023 text.', items: FORM_CO },
  { key: 'hsr-acquiring', name: 'HSR notification — acquiring person', description: 'Hart-Scott-Rodino premerger notification, acquiring person (2025 form).', items: hsr('acquiring') },
  { key: 'hsr-acquired', name: 'HSR notification — acquired person', description: 'Hart-Scott-Rodino premerger notification, acquired person (2025 form).', items: hsr('acquired') },
  { key: 'concentration-review', name: 'Concentration analysis review', description: 'Checks before relying on a concentration analysis in a filing.', items: CONCENTRATION },
];

/** Reference seeder: the standard templates, once, on an empty catalogue. */
export async function seedChecklistTemplates(db: Db) {
  const [{ n }] = await db.select({ n: count() }).from(checklistTemplates);
  if (n > 0) return;
  await db.transaction(async (tx) => {
    for (const t of TEMPLATE_SEEDS) {
      const [row] = await tx.insert(checklistTemplates).values({ key: t.key, name: t.name, description: t.description, currentVersion: 1 }).returning({ id: checklistTemplates.id });
      await tx.insert(checklistTemplateVersions).values({ templateId: row.id, number: 1, name: t.name, description: t.description, items: t.items, note: 'Reference seed' });
      await recordAudit(tx, { id: null, email: 'system:seed' }, { action: 'template.create', entityType: 'checklist_template', entityId: row.id, changes: { key: t.key, name: t.name, version: 1, items: t.items.length, source: 'reference seed' } });
    }
  });
}

/** Demo case: a Form CO checklist part-way through, so the workflow can be seen at once. */
export async function seedDemoChecklist(tx: Tx, ctx: DemoContext) {
  const [tpl] = await tx
    .select({ id: checklistTemplates.id, versionId: checklistTemplateVersions.id, items: checklistTemplateVersions.items })
    .from(checklistTemplates)
    .innerJoin(checklistTemplateVersions, eq(checklistTemplateVersions.templateId, checklistTemplates.id))
    .where(eq(checklistTemplates.key, 'eu-form-co'));
  if (!tpl) return;
  const counsel = ctx.userIds['counsel@demo.example'];
  const reviewer = ctx.userIds['reviewer@demo.example'];
  const system = { id: null, email: 'system:seed' };
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const [list] = await tx
    .insert(checklists)
    .values({ caseId: ctx.caseId, templateId: tpl.id, templateVersionId: tpl.versionId, templateVersionNumber: 1, name: 'EU Form CO — Colossus', createdBy: counsel, updatedBy: counsel })
    .returning({ id: checklists.id });
  // Position → demo state: a drafted summary, a turnover item due soon, an overdue one, an unneeded JV section.
  const states: Record<number, Partial<typeof checklistItems.$inferInsert>> = {
    1: { preparerId: counsel, reviewerId: reviewer, dueDate: day(10), status: 'in-progress', answer: 'xAI transfers part of its Colossus GPU cluster in Memphis, Tennessee to Anthropic, with operational control. (Draft: 42 words so far.)', lastEditedBy: counsel, lastEditedAt: new Date(), contributors: [counsel] },
    10: { preparerId: counsel, reviewerId: reviewer, dueDate: day(5) },
    19: { preparerId: counsel, reviewerId: reviewer, dueDate: day(-3), status: 'in-progress', answer: 'Share bands to follow from the compute-capacity analysis.', lastEditedBy: counsel, lastEditedAt: new Date(), contributors: [counsel] },
    28: { preparerId: counsel, reviewerId: reviewer, status: 'ready-for-review', notApplicable: true, naReason: 'An asset transfer, not a joint venture: Art. 2(4) EUMR does not apply.', lastEditedBy: counsel, lastEditedAt: new Date(), contributors: [counsel] },
  };
  await tx.insert(checklistItems).values(
    tpl.items.map((t, position) => ({ checklistId: list.id, caseId: ctx.caseId, position, section: t.section, title: t.title, guidance: t.guidance, reference: t.reference, createdBy: counsel, updatedBy: counsel, ...states[position] })),
  );
  await recordAudit(tx, system, { action: 'checklist.create', entityType: 'checklist', entityId: list.id, caseId: ctx.caseId, changes: { name: 'EU Form CO — Colossus', templateId: tpl.id, templateVersion: 1, items: tpl.items.length, source: 'demo seed' } });
}
