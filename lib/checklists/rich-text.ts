import { findMentionSpans, type Mentionable } from './mentions';

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'mention'; text: string }
  | { kind: 'break' };

const URL_PATTERN = /https?:\/\/[^\s<>"'`]+/gi;
const TRAILING = /[.,;:!?)\]}'"»”’]+$/;

/** Only http(s) links with a host become anchors; anything else stays text. */
export function safeHref(candidate: string): string | null {
  try {
    const u = new URL(candidate);
    if ((u.protocol !== 'http:' && u.protocol !== 'https:') || !u.hostname) return null;
    return u.href;
  } catch {
    return null;
  }
}

/**
 * Splits plain text into text, link, mention and line-break segments for rendering as React text
 * nodes and anchors. No markup is ever interpreted: "<b>" stays the four characters it is.
 */
export function segmentText(text: string, members: Mentionable[] = []): Segment[] {
  const out: Segment[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (i > 0) out.push({ kind: 'break' });
    const marks: { start: number; end: number; seg: Segment }[] = [];
    for (const m of line.matchAll(URL_PATTERN)) {
      const raw = m[0].replace(TRAILING, '');
      const href = safeHref(raw);
      if (href) marks.push({ start: m.index, end: m.index + raw.length, seg: { kind: 'link', text: raw, href } });
    }
    for (const s of findMentionSpans(line, members)) {
      if (!marks.some((k) => s.start < k.end && s.end > k.start)) marks.push({ start: s.start, end: s.end, seg: { kind: 'mention', text: line.slice(s.start, s.end) } });
    }
    marks.sort((a, b) => a.start - b.start);
    let at = 0;
    for (const k of marks) {
      if (k.start > at) out.push({ kind: 'text', text: line.slice(at, k.start) });
      out.push(k.seg);
      at = k.end;
    }
    if (at < line.length) out.push({ kind: 'text', text: line.slice(at) });
  });
  return out;
}
