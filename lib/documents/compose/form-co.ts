import { heading, table, type ComposedDocument } from '@/lib/pdf';
import type { DocumentMeta, FormCoModel } from '../model';
import { concentrationTable, marketDefinition, screensTable, sharesTable, uncertaintyTables } from './analysis-sections';
import { body, facts, missing, note, shortHash, titleBlock, when } from './blocks';
import { analysisLine } from './analysis-sections';
import { caseFactsTable, partiesTable, reviewTables } from './case-sections';
import { composeFiling } from './filing';
import type { ProgressReporter } from './progress';

/**
 * The EU Form CO draft, sections 1–11, filled with what the case knows. Each section whose data
 * does not exist yet says so in a marker for counsel; the document grows as the data lands.
 */
export function composeFormCo(model: FormCoModel, meta: DocumentMeta, report?: ProgressReporter): Promise<ComposedDocument> {
  const c = model.case;
  const a = model.analysis;
  return composeFiling(c, meta, 'Notification of a concentration under Regulation (EC) No 139/2004 (Form CO) — draft', async ({ ctx, fig, steps, caseName }) => {
    titleBlock(ctx, meta, caseName, [
      ['Saved analysis', a ? analysisLine(a, fig, shortHash(a.inputsSha256)) : 'None yet — sections 6 and 7 are incomplete'],
    ]);
    note(ctx, 'Draft prepared from the data recorded in the case file. Text in amber boxes marks information the application does not hold; counsel must supply it before notification.');

    heading(ctx, '1. Description of the concentration', 1);
    caseFactsTable(ctx, c, fig);
    if (c.description.trim()) body(ctx, fig.text(c.description, 'Case description'));
    else missing(ctx, 'a summary of the concentration (case description on the Overview).');
    missing(ctx, 'the economic rationale of the concentration and the sectors concerned (Form CO section 1).');
    heading(ctx, '1.1 Review timetable', 2);
    if (model.reviews === null || model.reviews.length === 0) missing(ctx, 'the review dates: record the EU notification and the HSR filing on the Reviews tab.');
    else for (const r of model.reviews) reviewTables(ctx, r, fig, 3);
    if (model.timeline) {
      body(ctx, fig.text(model.timeline.summary.replace(/ Warning: .*$/, ''), 'Case timeline'));
      if (model.timeline.warning) note(ctx, fig.text(model.timeline.warning, 'Case timeline warning'));
    }
    await steps.step(0.15, 'Section 1: the concentration');

    heading(ctx, '2. Information about the parties', 1);
    partiesTable(ctx, c);
    missing(ctx, 'contact details of each notifying party and of its representatives (name, address, telephone, e-mail, position).');
    await steps.step(0.2, 'Section 2: the parties');

    heading(ctx, '3. Details of the concentration, ownership and control', 1);
    facts(ctx, [
      ['Type of transaction', c.dealTypeLabel],
      ['Acquiring undertaking(s)', c.parties.filter((p) => p.role === 'acquirer').map((p) => p.name).join('; ') || '—'],
      ['Target / transferred business', c.parties.filter((p) => p.role === 'target').map((p) => p.name).join('; ') || '—'],
    ]);
    missing(ctx, 'the nature of the control acquired (sole or joint, Article 3(1)(b) and 3(2)), the ownership and control structure before and after completion, and the timetable to completion.');
    await steps.step(0.25, 'Section 3: control');

    heading(ctx, '4. Turnover and EU dimension', 1);
    const t = model.turnover;
    if (!t || t.parties.every((p) => p.worldwideEurM === null && p.euEurM === null)) {
      missing(ctx, 'worldwide and EU-wide turnover of each undertaking concerned for the last financial year (enter it on the Reviews tab, EU jurisdiction).');
    } else {
      table(ctx, [
        { header: 'Undertaking', width: { fr: 2 } },
        { header: 'Counted', width: 50 },
        { header: 'Worldwide turnover', width: 100, align: 'right' },
        { header: 'EU-wide turnover', width: 100, align: 'right' },
        { header: 'Member States', width: { fr: 1.3 } },
      ], t.parties.map((p) => [
        p.name, p.counted ? 'Yes' : 'No',
        p.worldwideEurM === null ? 'missing' : fig.money(p.worldwideEurM, 'EUR'),
        p.euEurM === null ? 'missing' : fig.money(p.euEurM, 'EUR'),
        p.memberStates.length ? p.memberStates.map((m) => `${m.code} ${fig.money(m.eurM, 'EUR')}`).join('; ') : '—',
      ]), { zebra: true });
      const why = { justification: 'It quotes the turnover of the undertakings concerned, which has not been made public.' };
      body(ctx, `Result of the jurisdiction check: ${fig.generated(t.conclusion, why)}`);
      for (const r of t.reasons) body(ctx, fig.generated(r, why));
      if (t.missing.length) missing(ctx, `turnover figures: ${t.missing.join('; ')}.`);
    }
    await steps.step(0.35, 'Section 4: turnover');

    heading(ctx, '5. Supporting documentation', 1);
    const ev = (model.evidence ?? []).filter((e) => e.current);
    if (!ev.length) missing(ctx, 'copies of the transaction documents and of the most recent annual reports (upload them as evidence on the Checklists tab).');
    else {
      const names = ev.map((e) => [`${fig.name(e.fileName, 'evidence-file')} (rev. ${e.revision})`, fig.name(e.item, 'checklist-item')]);
      if (fig.confidential) {
        note(ctx, 'Documents on file as checklist evidence, with the SHA-256 of the version held.');
        table(ctx, [
          { header: 'Document', width: { fr: 1.5 } },
          { header: 'Checklist item', width: { fr: 1.5 } },
          { header: 'SHA-256', width: 190, style: 'mono' },
        ], ev.map((e, i) => [...names[i], e.sha256]), { zebra: true, fontSize: 7.5 });
      } else {
        note(ctx, 'Documents on file as checklist evidence. Their SHA-256 hashes are in the confidential edition: a hash of a confidential file is not published.');
        table(ctx, [
          { header: 'Document', width: { fr: 1.5 } },
          { header: 'Checklist item', width: { fr: 1.5 } },
        ], names, { zebra: true, fontSize: 7.5 });
      }
    }
    await steps.step(0.45, 'Section 5: documents');

    heading(ctx, '6. Market definitions', 1);
    if (a) marketDefinition(ctx, a, fig);
    else missing(ctx, 'the relevant product and geographic markets: define a market and save an analysis on the Market tab.');
    missing(ctx, 'the reasoning for the product and geographic market definitions, with alternative plausible definitions.');
    await steps.step(0.55, 'Section 6: markets');

    heading(ctx, '7. Information on affected markets', 1);
    if (!a) {
      missing(ctx, 'market shares, HHI and the guideline screens: save an analysis on the Market tab.');
    } else {
      heading(ctx, '7.1 Market shares', 2);
      note(ctx, fig.confidential
        ? 'Shares of the relevant market with the 5-point band Form CO asks for; exact figures are business secrets.'
        : 'Shares are given as ranges in this non-confidential version.');
      sharesTable(ctx, a, fig);
      await steps.step(0.65, 'Section 7: shares');
      heading(ctx, '7.2 Concentration and guideline screens', 2);
      concentrationTable(ctx, a, fig);
      screensTable(ctx, a, fig);
      heading(ctx, '7.3 Uncertainty', 2);
      uncertaintyTables(ctx, a, fig);
      note(ctx, 'The concentration analysis annex sets out the methodology, the holdings and the charts.');
    }
    await steps.step(0.75, 'Section 7: concentration');

    heading(ctx, '8. General conditions in affected markets', 1);
    missing(ctx, 'the structure of supply and demand, entry and expansion (barriers, recent entrants), vertical integration, distribution, cooperative agreements and trade associations.');
    heading(ctx, '9. Efficiencies and the overall market context', 1);
    missing(ctx, 'the efficiencies claimed, how they benefit consumers and why they are merger-specific.');
    heading(ctx, '10. Cooperative effects of a joint venture', 1);
    if (c.dealType === 'joint-venture') missing(ctx, 'the Article 2(4) assessment: markets where two or more parents remain active and the likelihood of coordination.');
    else body(ctx, `Not applicable: the transaction is ${c.dealTypeLabel.toLowerCase() === 'merger' ? 'a merger' : `an ${c.dealTypeLabel.toLowerCase()}`}, not the creation of a joint venture.`);
    heading(ctx, '11. Declaration', 1);
    body(ctx, 'The notifying parties declare that, to the best of their knowledge and belief, the information given in this notification is true, correct and complete, that true and complete copies of the documents required have been supplied, and that all estimates are identified as such and are their best estimates of the underlying facts.');
    missing(ctx, 'place, date, and the names, positions and signatures of the persons signing on behalf of each notifying party.');
    note(ctx, `Generated ${when(meta.generatedAt.toISOString())} from the case file; see the title block for the data snapshot.`);
    await steps.step(0.9, 'Sections 8–11');
  }, report);
}
