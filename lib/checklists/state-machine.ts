import type { ItemStatus } from './schemas';

/**
 * The item workflow, written once: not started → in progress → ready for review ⇄ changes
 * requested → approved. An approval lapses back to ready for review when the content changes.
 * "edit" is a content change; on an approved item it is what makes the approval lapse.
 */
export type ItemEvent = 'edit' | 'submit' | 'withdraw' | 'request-changes' | 'approve' | 'lapse';

const TABLE: Record<ItemEvent, Partial<Record<ItemStatus, ItemStatus>>> = {
  edit: {
    'not-started': 'in-progress',
    'in-progress': 'in-progress',
    'ready-for-review': 'ready-for-review',
    'changes-requested': 'changes-requested',
    approved: 'ready-for-review',
  },
  submit: { 'not-started': 'ready-for-review', 'in-progress': 'ready-for-review', 'changes-requested': 'ready-for-review' },
  withdraw: { 'ready-for-review': 'in-progress' },
  'request-changes': { 'ready-for-review': 'changes-requested' },
  approve: { 'ready-for-review': 'approved' },
  lapse: { approved: 'ready-for-review' },
};

const REFUSALS: Record<ItemEvent, string> = {
  edit: 'This item cannot be changed now.',
  submit: 'Only an item that is not started, in progress or sent back with changes can be sent for review.',
  withdraw: 'Only an item waiting for review can be withdrawn.',
  'request-changes': 'Changes can only be requested on an item that is ready for review.',
  approve: 'Only an item that is ready for review can be approved.',
  lapse: 'Only an approved item can lapse.',
};

export function canTransition(from: ItemStatus, event: ItemEvent): boolean {
  return TABLE[event][from] !== undefined;
}

/** The status after the event, or an explanation of why the event is not allowed from here. */
export function nextStatus(from: ItemStatus, event: ItemEvent): { ok: true; status: ItemStatus } | { ok: false; message: string } {
  const to = TABLE[event][from];
  return to ? { ok: true, status: to } : { ok: false, message: REFUSALS[event] };
}
