import { canonicalJson, sha256Hex } from '@/lib/audit/canonical';

export interface ItemContent {
  title: string;
  answer: string;
  notApplicable: boolean;
  naReason: string;
  /** The current revision of each evidence document. */
  evidence: { fileName: string; sha256: string }[];
}

/**
 * What an approval vouches for. Evidence is listed by name so the hash does not depend on the
 * order files were uploaded in; an identical re-upload leaves it unchanged.
 */
export function itemContentHash(c: ItemContent): string {
  const evidence = [...c.evidence].sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : a.sha256 < b.sha256 ? -1 : 1));
  return sha256Hex(
    canonicalJson({
      title: c.title,
      answer: c.answer,
      statusReason: c.notApplicable ? c.naReason : '',
      notApplicable: c.notApplicable,
      evidence: evidence.map((e) => ({ fileName: e.fileName, sha256: e.sha256 })),
    }),
  );
}
