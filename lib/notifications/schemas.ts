export const NOTIFICATION_KINDS = ['mentioned', 'review-requested', 'changes-requested', 'approved', 'approval-lapsed', 'item-overdue'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  mentioned: 'You were mentioned',
  'review-requested': 'Review requested',
  'changes-requested': 'Changes requested',
  approved: 'Approved',
  'approval-lapsed': 'Approval lapsed',
  'item-overdue': 'Item overdue',
};
