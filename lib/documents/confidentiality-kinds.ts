// Enum values and labels of the confidentiality model, written once: they feed the pgEnums
// (db/schema/documents.ts), the zod schemas and the pages. Imports nothing (client-safe).

/** A name marked with a public label, a passage of long text, or a figure counsel declared public. */
export const MARK_KINDS = ['name', 'passage', 'public-figure'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

/** Every named thing that can carry secrets, and "text" for passages and figures in long text. */
export const MARK_SUBJECTS = [
  'case-name', 'codename', 'market', 'scenario', 'cluster', 'site', 'checklist', 'checklist-item', 'evidence-file', 'analysis', 'text',
] as const;
export type MarkSubject = (typeof MARK_SUBJECTS)[number];
export type NameSubject = Exclude<MarkSubject, 'text'>;

export const SUBJECT_LABELS: Record<MarkSubject, string> = {
  'case-name': 'Case name',
  codename: 'Case codename',
  market: 'Market name',
  scenario: 'Scenario name',
  cluster: 'Cluster name',
  site: 'Site',
  checklist: 'Checklist name',
  'checklist-item': 'Checklist item title',
  'evidence-file': 'Evidence file name',
  analysis: 'Saved analysis title',
  text: 'Text',
};

/** The two categories of the Commission's practice on confidentiality claims. */
export const CLAIM_CATEGORIES = ['business-secret', 'other-confidential'] as const;
export type ClaimCategory = (typeof CLAIM_CATEGORIES)[number];
export const CLAIM_CATEGORY_LABELS: Record<ClaimCategory, string> = {
  'business-secret': 'Business secret',
  'other-confidential': 'Other confidential information',
};

/** What the public edition prints for a marked passage. */
export const REDACTED_PASSAGE = '[…]';

/** One place where a refused non-confidential edition found figures nobody marked. */
export interface Finding {
  /** Page and section of the edition ("p. 3 — 6. Market definitions"). */
  location: string;
  subject: MarkSubject;
  /** What the field is, for counsel ("Cluster name", "Case description"). */
  field: string;
  /** The field's text (shortened), so the page can show the figure in context. */
  value: string;
  figures: string[];
}
