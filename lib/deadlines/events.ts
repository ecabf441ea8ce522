// Review events as the app records them. Each U.S. and EU event type is written once here and
// shared by the sequence validator and the timeline builders.

import type { HsrKind, IsoDate } from './types';

export const EU_DECISION_ARTICLES = ['6(1)(b)', '6(2)', '8(1)', '8(2)', '8(3)', 'withdrawal'] as const;
export type EuDecisionArticle = (typeof EU_DECISION_ARTICLES)[number];

export type EuEvent =
  | { type: 'pre-notification'; date: IsoDate }
  | { type: 'notification'; date: IsoDate }
  | { type: 'commitments'; date: IsoDate; phase: 1 | 2 }
  | { type: 'art9-request'; date: IsoDate }
  | { type: 'phase2-opened'; date: IsoDate }
  /** Art. 10(3) second subparagraph: at the parties' request (default) or agreed with the Commission later. */
  | { type: 'extension'; date: IsoDate; workingDays: number; byAgreement?: boolean }
  | { type: 'stop-clock'; stoppedOn: IsoDate; restartedOn?: IsoDate }
  | { type: 'decision'; date: IsoDate; article: EuDecisionArticle }
  /** Implementation of the concentration, checked against the Art. 7(1) standstill. */
  | { type: 'closing'; date: IsoDate };

export type UsEvent =
  | { type: 'filing-received'; date: IsoDate; kind?: HsrKind; acquiredPersonReceivedOn?: IsoDate; section80130?: boolean }
  | { type: 'pull-and-refile'; date: IsoDate }
  | { type: 'second-request'; date: IsoDate }
  | { type: 'substantial-compliance'; date: IsoDate }
  | { type: 'timing-agreement'; date: IsoDate }
  | { type: 'early-termination'; date: IsoDate }
  | { type: 'closing'; date: IsoDate };

export type SequenceResult = { ok: true } | { ok: false; message: string };

export type TimelineStatus = 'running' | 'ended' | 'superseded' | 'suspended';

export interface TimelineItem {
  key: string;
  label: string;
  /** Null while a date cannot be known yet (clock stopped, compliance not certified). */
  date: IsoDate | null;
  status: TimelineStatus;
  trace: import('./types').TraceStep[];
  explanation: string[];
  citation: string;
  /** EU: years whose Commission calendar is provisional and this date depends on. */
  provisionalYears?: number[];
}

export interface TimelineOptions {
  /** Today's date; periods whose date is before it are reported as ended. */
  asOf?: IsoDate;
}

/** The date an event happened, used for ordering (a stop-the-clock counts from its stop). */
export function euEventDate(event: EuEvent): IsoDate {
  return event.type === 'stop-clock' ? event.stoppedOn : event.date;
}
