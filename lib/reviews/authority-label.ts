import { AUTHORITY_LABELS, type ReviewAuthority } from './schemas';

/** "European Commission (M.12345)", "United States (HSR) — FTC", "UK CMA". */
export function authorityTitle(r: { authority: ReviewAuthority; authorityName: string; clearingAgency: string | null; caseNumber: string }): string {
  if (r.authority === 'other') return r.authorityName;
  if (r.authority === 'eu-commission') return r.caseNumber ? `${AUTHORITY_LABELS[r.authority]} (${r.caseNumber})` : AUTHORITY_LABELS[r.authority];
  return r.clearingAgency ? `${AUTHORITY_LABELS[r.authority]} — ${r.clearingAgency}` : AUTHORITY_LABELS[r.authority];
}
