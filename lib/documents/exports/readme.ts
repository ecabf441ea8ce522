import type { ChainReport } from '@/lib/audit';
import { CANONICAL_FORM } from './verify-chain-script';

/** README.txt of the auditor package: how to check the files and the audit chain, in plain words. */
export function packageReadme(p: { caseName: string; codename: string; generatedAt: string; by: string; chain: ChainReport; documents: number; registered: number; caseEvents: number; counts: Record<string, number> }): string {
  const chain = p.chain.ok
    ? `PASSED when this package was built: ${p.chain.count} events verified.\n  Head event: #${p.chain.headSeq ?? '-'}\n  Head hash:  ${p.chain.headHash}`
    : `FAILED when this package was built, at event #${p.chain.brokenAt}: ${p.chain.reason}.`;
  return `AUDITOR PACKAGE — ${p.caseName} (${p.codename})
Built ${p.generatedAt} by ${p.by}.

CONTENTS
  documents/               the current version of each registered PDF (${p.documents} file(s))
  documents/register.json  every registered version of every document (${p.registered}), current or not, with its SHA-256
  exports/                 the case data as CSV and JSON: clusters (${p.counts.clusters ?? 0}), saved analyses (${p.counts['saved-analyses'] ?? 0}),
                           checklist items with sign-offs (${p.counts['checklist-items'] ?? 0}), audit events (${p.counts['audit-events'] ?? 0})
  audit/audit-events.json  the audit chain for offline checking: the ${p.caseEvents} events of this case with every field
                           their hashes cover, and the chain head
  audit/verify-chain.mjs   a standalone verifier (Node.js 18 or later, no dependencies, no network)
  README.txt               this file
  manifest.json            every other file with its size and SHA-256 (for PDFs also version, time, data snapshot hash)
  manifest.sha256          every file including manifest.json, in the format of sha256sum

1. CHECK THAT NO FILE WAS CHANGED
  In this folder, run:
      sha256sum -c manifest.sha256
  (macOS: shasum -a 256 -c manifest.sha256; Windows PowerShell: Get-FileHash -Algorithm SHA256 <file>
  and compare with the line for that file.) Every line must say OK.

2. CHECK THAT A PDF IS A REGISTERED VERSION
  Find its SHA-256 in documents/register.json, or upload the PDF (or paste its SHA-256) on the Verify
  page of the application. A file that differs by a single byte will not match.

3. CHECK THE AUDIT TRAIL, WITHOUT THE APPLICATION
  In this folder, run:
      node audit/verify-chain.mjs audit/audit-events.json
  It recomputes the hash of every event of this case from its fields, checks that each event links to
  the one before, from the first event of the application to the head, and prints "intact" with the
  head, or the first broken event and why. The chain check of the application agreed:
  ${chain}

  How an event's hash is computed (you can reimplement it in any language):
${CANONICAL_FORM.split('\n').map((l) => `  ${l}`).join('\n')}

  Signed checkpoints of the chain head are not yet part of this package: compare the head above with
  one your contact at the firm gives you by another channel.
`;
}
