import type { EuEvent, UsEvent } from '@/lib/deadlines';
import type { ReviewEventType } from './schemas';

/** The stored columns the engine needs; a row or a candidate event being validated. */
export interface EventFields {
  type: ReviewEventType;
  occurredOn: string;
  restartedOn: string | null;
  phase: number | null;
  workingDays: number | null;
  article: string | null;
  hsrKind: string | null;
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
      return { type: 'extension', date: e.occurredOn, workingDays: e.workingDays ?? 0 };
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
      return { type: 'filing-received', date: e.occurredOn, kind: (e.hsrKind ?? 'standard') as 'standard' | 'cash-tender' | 'bankruptcy' };
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

export const euEvents = (rows: readonly EventFields[]) => rows.map(toEuEvent).filter((e): e is EuEvent => e !== null);
export const usEvents = (rows: readonly EventFields[]) => rows.map(toUsEvent).filter((e): e is UsEvent => e !== null);
