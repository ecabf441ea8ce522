export interface Mentionable {
  id: string;
  name: string;
}

export interface MentionSpan {
  start: number;
  end: number;
  member: Mentionable;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * "@Full Name" spans in a text, matched against case members' names (case-insensitive). Longer
 * names win, so "@Ann Lee" mentions Ann Lee and not also an "Ann". Pure: the server decides whom
 * to notify with it and the browser highlights with it.
 */
export function findMentionSpans(text: string, members: Mentionable[]): MentionSpan[] {
  const lower = text.toLowerCase();
  const byLength = [...members].filter((m) => m.name.trim()).sort((a, b) => b.name.length - a.name.length);
  const taken: MentionSpan[] = [];
  for (const m of byLength) {
    const needle = `@${m.name.toLowerCase()}`;
    for (let i = lower.indexOf(needle); i !== -1; i = lower.indexOf(needle, i + 1)) {
      const end = i + needle.length;
      if (end < text.length && WORD_CHAR.test(text[end])) continue;
      if (taken.some((t) => i < t.end && end > t.start)) continue;
      taken.push({ start: i, end, member: m });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

export function findMentions(text: string, members: Mentionable[]): string[] {
  return [...new Set(findMentionSpans(text, members).map((s) => s.member.id))];
}

/** The partial name being typed after an "@" just before the caret, or null when not mentioning. */
export function mentionQueryAt(text: string, caret: number): { query: string; start: number } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at === -1) return null;
  if (at > 0 && WORD_CHAR.test(before[at - 1])) return null; // an email address, not a mention
  const query = before.slice(at + 1);
  if (query.length > 40 || /[\n@]/.test(query) || /\s{2}/.test(query)) return null;
  return { query, start: at };
}

/** Members whose name (or a word of it) starts with the query. */
export function matchMembers<T extends Mentionable>(members: T[], query: string, limit = 8): T[] {
  const q = query.trim().toLowerCase();
  return members
    .filter((m) => {
      const n = m.name.toLowerCase();
      return !q || n.startsWith(q) || n.split(/\s+/).some((w) => w.startsWith(q));
    })
    .slice(0, limit);
}
