import type { ApprovedContent } from './schemas';

export type TextPart = { op: 'same' | 'added' | 'removed'; text: string };

export interface EvidenceChange {
  fileName: string;
  change: 'added' | 'removed' | 'revised';
  /** Revision and SHA-256 as approved (null when added) and now (null when removed). */
  approved: { revision: number; sha256: string } | null;
  now: { revision: number; sha256: string } | null;
}

export interface ApprovalDiff {
  changed: boolean;
  title: { approved: string; now: string } | null;
  notApplicable: { approved: string; now: string } | null;
  answer: TextPart[] | null;
  evidence: EvidenceChange[];
}

// Past this many token comparisons the changed middle is shown as removed-then-added text.
const MAX_CELLS = 4_000_000;

/** Words and the whitespace between them, so the parts join back into the exact text. */
function tokens(s: string) {
  return s.match(/\s+|[^\s]+/g) ?? [];
}

function push(parts: TextPart[], op: TextPart['op'], text: string) {
  if (!text) return;
  const last = parts[parts.length - 1];
  if (last && last.op === op) last.text += text;
  else parts.push({ op, text });
}

/** A word-level diff (longest common subsequence after trimming the common ends). */
export function diffText(before: string, after: string): TextPart[] {
  const a = tokens(before);
  const b = tokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const parts: TextPart[] = [];
  push(parts, 'same', a.slice(0, start).join(''));
  const x = a.slice(start, endA);
  const y = b.slice(start, endB);
  if (x.length * y.length > MAX_CELLS) {
    push(parts, 'removed', x.join(''));
    push(parts, 'added', y.join(''));
  } else {
    // lcs[i][j]: length of the common subsequence of x[i..] and y[j..], flattened row by row.
    const w = y.length + 1;
    const lcs = new Uint32Array((x.length + 1) * w);
    for (let i = x.length - 1; i >= 0; i--) {
      for (let j = y.length - 1; j >= 0; j--) {
        lcs[i * w + j] = x[i] === y[j] ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < x.length || j < y.length) {
      if (i < x.length && j < y.length && x[i] === y[j]) {
        push(parts, 'same', x[i]);
        i++;
        j++;
      } else if (i < x.length && (j === y.length || lcs[(i + 1) * w + j] >= lcs[i * w + j + 1])) {
        // Removed text first, then what replaced it: reads as "was … now …".
        push(parts, 'removed', x[i++]);
      } else {
        push(parts, 'added', y[j++]);
      }
    }
  }
  push(parts, 'same', a.slice(endA).join(''));
  return parts;
}

const naText = (c: Pick<ApprovedContent, 'notApplicable' | 'naReason'>) => (c.notApplicable ? `Not applicable: ${c.naReason}` : 'Applicable');

/** What changed between the approved content and the content now: the answer, status reason and evidence. */
export function diffApproval(approved: ApprovedContent, now: ApprovedContent): ApprovalDiff {
  const key = (n: string) => n.toLowerCase();
  const was = new Map(approved.evidence.map((e) => [key(e.fileName), e]));
  const is = new Map(now.evidence.map((e) => [key(e.fileName), e]));
  const evidence: EvidenceChange[] = [];
  for (const [k, e] of is) {
    const old = was.get(k);
    if (!old) evidence.push({ fileName: e.fileName, change: 'added', approved: null, now: { revision: e.revision, sha256: e.sha256 } });
    else if (old.sha256 !== e.sha256) evidence.push({ fileName: e.fileName, change: 'revised', approved: { revision: old.revision, sha256: old.sha256 }, now: { revision: e.revision, sha256: e.sha256 } });
  }
  for (const [k, e] of was) {
    if (!is.has(k)) evidence.push({ fileName: e.fileName, change: 'removed', approved: { revision: e.revision, sha256: e.sha256 }, now: null });
  }
  evidence.sort((p, q) => (key(p.fileName) < key(q.fileName) ? -1 : 1));
  const title = approved.title !== now.title ? { approved: approved.title, now: now.title } : null;
  const notApplicable = naText(approved) !== naText(now) ? { approved: naText(approved), now: naText(now) } : null;
  const answer = approved.answer !== now.answer ? diffText(approved.answer, now.answer) : null;
  return { changed: !!(title || notApplicable || answer || evidence.length), title, notApplicable, answer, evidence };
}
