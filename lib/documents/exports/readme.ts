import type { ChainReport } from '@/lib/audit';

/** README.txt of the auditor package: how to check the files and the audit chain, in plain words. */
export function packageReadme(p: { caseName: string; codename: string; generatedAt: string; by: string; chain: ChainReport; documents: number; counts: Record<string, number> }): string {
  const chain = p.chain.ok
    ? `PASSED when this package was built: ${p.chain.count} events verified.\n  Head event: #${p.chain.headSeq ?? '-'}\n  Head hash:  ${p.chain.headHash}`
    : `FAILED when this package was built, at event #${p.chain.brokenAt}: ${p.chain.reason}.`;
  const head = p.chain.ok && p.chain.headSeq !== null ? `event #${p.chain.headSeq}` : 'the head event';
  return `AUDITOR PACKAGE — ${p.caseName} (${p.codename})
Built ${p.generatedAt} by ${p.by}.

CONTENTS
  documents/        the current version of each registered PDF (${p.documents} file(s))
  exports/          the case data as CSV and JSON: clusters (${p.counts.clusters ?? 0}), saved analyses (${p.counts['saved-analyses'] ?? 0}),
                    checklist items with sign-offs (${p.counts['checklist-items'] ?? 0}), audit events (${p.counts['audit-events'] ?? 0})
  manifest.json     every file with its size, SHA-256 and, for PDFs, version, generation time and data snapshot hash
  manifest.sha256   the same hashes in the format of sha256sum

1. CHECK THAT NO FILE WAS CHANGED
  In this folder, run:
      sha256sum -c manifest.sha256
  (macOS: shasum -a 256 -c manifest.sha256; Windows PowerShell: Get-FileHash -Algorithm SHA256 <file>
  and compare with the line for that file.) Every line must say OK.

2. CHECK THAT A PDF IS A REGISTERED VERSION
  Upload the PDF, or paste its SHA-256 from manifest.sha256, on the Verify page of the application
  (menu "Verify"). It names the case, document, version, time and author it was registered with.
  A file that differs by a single byte will not match.

3. CHECK THE AUDIT TRAIL
  Every event in the audit trail carries the SHA-256 of its content and of the event before it, so
  altering, removing or reordering any event breaks the chain. The chain check:
  ${chain}
  On the server, run:
      npm run audit:verify
  It recomputes every hash and must report no break. Its head hash equals the one above if nothing
  was recorded since; otherwise (this download itself is recorded) ${head} must still carry
  the head hash above — an administrator sees every event under Audit trail. exports/audit-events.csv
  lists each event of this case with its hash.
`;
}
