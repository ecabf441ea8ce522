import type { AuthorityEvent, EuEvent, UsEvent } from '@/lib/deadlines';
import type { ReviewEventType } from './schemas';

/** The stored columns the engine needs; a row or a candidate event being validated. */
export interface EventFields {
  type: ReviewEventType;
  occurredOn: string;
  restartedOn: string | null;
  phase: number | null;
  workingDays: number | null;
  amount: number | null;
  article: string | null;
  hsrKind: string | null;
  acquiredReceivedOn?: string | null;
  section80130?: boolean;
  extensionByAgreement?: boolean;
}

export function toEuEvent(e: EventFields): EuEvent | null {
  switch (e.type) {
    case 'pre-notification':
    case 'notification':
    case 'art9-request':
    case 'phase2-opened':
      return { type: e.type, date: e.occurredOn };
    case 'commitments':
      return { type: 'commitments', date: e.occurredOn, phase: e.phase === 2 ? 2 : 1 };
    case 'extension':
      return { type: 'extension', date: e.occurredOn, workingDays: e.workingDays ?? 0, ...(e.extensionByAgreement ? { byAgreement: true } : {}) };
    case 'closing':
      return { type: 'closing', date: e.occurredOn };
    case 'stop-clock':
      return { type: 'stop-clock', stoppedOn: e.occurredOn, ...(e.restartedOn ? { restartedOn: e.restartedOn } : {}) };
    case 'decision':
      return { type: 'decision', date: e.occurredOn, article: e.article as Extract<EuEvent, { type: 'decision' }>['article'] };
    default:
      return null;
  }
}

export function toUsEvent(e: EventFields): UsEvent | null {
  switch (e.type) {
    case 'filing-received':
      return {
        type: 'filing-received',
        date: e.occurredOn,
        kind: (e.hsrKind ?? 'standard') as 'standard' | 'cash-tender' | 'bankruptcy',
        ...(e.acquiredReceivedOn ? { acquiredPersonReceivedOn: e.acquiredReceivedOn } : {}),
        ...(e.section80130 ? { section80130: true } : {}),
      };
    case 'pull-and-refile':
    case 'second-request':
    case 'substantial-compliance':
    case 'timing-agreement':
    case 'early-termination':
    case 'closing':
      return { type: e.type, date: e.occurredOn };
    default:
      return null;
  }
}

const AUTHORITY_TYPES = new Set<string>([
  'uk-phase1-commenced', 'uk-phase2-referred', 'samr-accepted', 'samr-accepted-simplified', 'samr-further-review',
  'bkarta-received', 'bkarta-main-exam', 'bkarta-remedies', 'hsr-filing-date', 'state-copy-filed', 'authority-decision',
]);

/** The UK, SAMR, Bundeskartellamt and state events (a stop-the-clock is shared with the EU). */
export function toAuthorityEvent(e: EventFields): AuthorityEvent | null {
  if (e.type === 'stop-clock') return { type: 'stop-clock', stoppedOn: e.occurredOn, ...(e.restartedOn ? { restartedOn: e.restartedOn } : {}) };
  if (e.type === 'uk-extension' || e.type === 'samr-extension' || e.type === 'bkarta-extension') return { type: e.type, date: e.occurredOn, amount: e.amount ?? 0 };
  if (AUTHORITY_TYPES.has(e.type)) return { type: e.type, date: e.occurredOn } as AuthorityEvent;
  return null;
}

export const authorityEvents = (rows: readonly EventFields[]) => rows.map(toAuthorityEvent).filter((e): e is AuthorityEvent => e !== null);
export const euEvents = (rows: readonly EventFields[]) => rows.map(toEuEvent).filter((e): e is EuEvent => e !== null);
export const usEvents = (rows: readonly EventFields[]) => rows.map(toUsEvent).filter((e): e is UsEvent => e !== null);
