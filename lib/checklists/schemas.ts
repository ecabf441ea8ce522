import { z } from 'zod';
import { isoDate, numberInput, requiredText, safeText, versionField } from '@/lib/core/fields';

export const ITEM_STATUSES = ['not-started', 'in-progress', 'ready-for-review', 'changes-requested', 'approved'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
export const ITEM_STATUS_LABELS: Record<ItemStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  'ready-for-review': 'Ready for review',
  'changes-requested': 'Changes requested',
  approved: 'Approved',
};

export const RE_REVIEW_LABEL = 'Approval lapsed — re-review';

/**
 * A status as a lawyer reads it: a not-applicable item goes through the same sign-off. `reReview`
 * marks an item back with the reviewer because an approval lapsed, so it never looks like a first review.
 */
export function statusLabel(status: ItemStatus, notApplicable: boolean, reReview = false) {
  if (reReview && status === 'ready-for-review') return notApplicable ? `Not applicable, ${RE_REVIEW_LABEL.toLowerCase()}` : RE_REVIEW_LABEL;
  if (!notApplicable) return ITEM_STATUS_LABELS[status];
  if (status === 'approved') return 'Not applicable (approved)';
  if (status === 'ready-for-review') return 'Not applicable, awaiting sign-off';
  return `Not applicable, ${ITEM_STATUS_LABELS[status].toLowerCase()}`;
}

/** What an approval vouched for, kept beside its hash so a lapse can show what changed since. */
export interface ApprovedContent {
  title: string;
  answer: string;
  notApplicable: boolean;
  naReason: string;
  evidence: { fileId: string; fileName: string; revision: number; sha256: string }[];
}

export const ITEM_FILTERS = ['all', 'mine', 'review', 're-review', 'overdue'] as const;
export type ItemFilter = (typeof ITEM_FILTERS)[number];
export const ITEM_FILTER_LABELS: Record<ItemFilter, string> = {
  all: 'All items',
  mine: 'Assigned to me',
  review: 'Waiting for my review',
  're-review': 'Approval lapsed — re-review',
  overdue: 'Overdue',
};

const version = versionField;
const uuid = z.string().uuid('Choose a valid entry.');
const optionalUuid = z.union([z.literal(''), z.null(), uuid]).optional().transform((v) => v || null);

export const templateItemSchema = z.object({
  section: requiredText(200, 'Section'),
  title: requiredText(300, 'Item title'),
  guidance: safeText(4000, 'Guidance').default(''),
  reference: safeText(100, 'Reference').default(''),
});
export type TemplateItem = z.output<typeof templateItemSchema>;

export const templateSchema = z.object({
  name: requiredText(200, 'Template name'),
  description: safeText(2000, 'Description').default(''),
  items: z.array(templateItemSchema).min(1, 'A template needs at least one item.').max(400, 'At most 400 items per template.'),
  note: safeText(500, 'Change note').default(''),
});
export type TemplateInput = z.input<typeof templateSchema>;
export const updateTemplateSchema = templateSchema.extend({ templateId: uuid, version });

export const createChecklistSchema = z.object({
  templateId: z.string().uuid('Choose a template.'),
  name: safeText(200, 'Checklist name').default(''),
  reviewId: optionalUuid,
});
export type CreateChecklistInput = z.input<typeof createChecklistSchema>;

export const customItemSchema = templateItemSchema.extend({ checklistId: uuid });

/**
 * Adopting a newer template version, over the checklist version and the stamp of its items that
 * the person reviewed (see adoptTemplate): a plan reviewed on a stale page is refused.
 */
export const adoptTemplateSchema = z.object({
  checklistId: uuid,
  toVersion: numberInput('Choose a template version.').pipe(z.number().int('Choose a template version.').min(1, 'Choose a template version.').max(2_147_483_647, 'Choose a template version.')),
  version,
  itemsStamp: z.string().regex(/^[0-9a-f]{64}$/, 'Reload the page and review the changes again.'),
});
export type AdoptTemplateInput = z.input<typeof adoptTemplateSchema>;
export type CustomItemInput = z.input<typeof customItemSchema>;

export const itemContentSchema = z
  .object({
    title: requiredText(300, 'Item title').optional(),
    answer: safeText(20000, 'Answer').default(''),
    notApplicable: z.boolean().default(false),
    naReason: safeText(2000, 'Reason').default(''),
  })
  .refine((v) => !v.notApplicable || v.naReason.length > 0, { path: ['naReason'], message: 'Give the reason this item does not apply.' });
export type ItemContentInput = z.input<typeof itemContentSchema>;
export const saveItemContentSchema = itemContentSchema.and(z.object({ itemId: uuid, version }));

/** Today in UTC as YYYY-MM-DD: the calendar the overdue rule uses (lib/checklists/progress.ts). */
export const utcToday = () => new Date().toISOString().slice(0, 10);
export const PAST_DUE_MESSAGE = 'This date has already passed, so the item would be overdue at once. Tick the box below to confirm it.';

export const assignmentSchema = z
  .object({
    preparerId: optionalUuid,
    reviewerId: optionalUuid,
    dueDate: z.union([z.literal(''), z.null(), isoDate]).optional().transform((v) => v || null),
    // A past due date is accepted only when the person says so (a typo of the year is the usual cause).
    confirmPastDue: z.boolean().default(false),
  })
  .refine((v) => !v.preparerId || v.preparerId !== v.reviewerId, { path: ['reviewerId'], message: 'The reviewer must be someone other than the preparer.' })
  .refine((v) => !v.dueDate || v.dueDate >= utcToday() || v.confirmPastDue, { path: ['dueDate'], message: PAST_DUE_MESSAGE });
export type AssignmentInput = z.input<typeof assignmentSchema>;
// `version` here is the item's assignment version (see checklist_items.assignment_version).
export const saveAssignmentSchema = assignmentSchema.and(z.object({ itemId: uuid, version }));

export const TRANSITIONS = ['submit', 'withdraw', 'request-changes', 'approve'] as const;
export type Transition = (typeof TRANSITIONS)[number];
// Workflow steps name the status the user saw: a step taken on a stale page is refused.
export const transitionSchema = z.object({ itemId: uuid, expectedStatus: z.enum(ITEM_STATUSES), action: z.enum(TRANSITIONS), reason: z.string().optional() });
// The content hash the approver was shown: an approval vouches for exactly what they saw.
export const approveSchema = z.object({
  itemId: uuid,
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'Reload the item and try again.'),
  // Approving over open comment threads is allowed only when the approver says so.
  confirmOpenThreads: z.boolean().default(false),
});

/**
 * Comment text is shown only as React text nodes, so quoted markup such as "<script>" is harmless
 * and lawyers do quote it; invisible and direction-changing characters are still refused, by the
 * shared rule (checked on the text with script-tag openers set aside).
 */
function commentText(max: number, label: string) {
  const shared = safeText(max, label);
  return z
    .string()
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} must be at most ${max} characters.`)
    .superRefine((s, ctx) => {
      const r = shared.safeParse(s.replace(/<(?=\s*\/?\s*script)/gi, '‹'));
      if (!r.success) ctx.addIssue({ code: 'custom', message: r.error.issues[0].message });
    })
    .transform((s) => s.normalize('NFC'));
}

export const commentSchema = z.object({ body: commentText(5000, 'Comment') });
/** "Request changes" says why: the reason becomes a comment on the item the preparer is told about. */
export const requestChangesSchema = z.object({ reason: commentText(5000, 'The reason') });
export type RequestChangesInput = z.input<typeof requestChangesSchema>;
export type CommentInput = z.input<typeof commentSchema>;
export const addCommentSchema = commentSchema.extend({ itemId: uuid, parentId: optionalUuid });
export const editCommentSchema = commentSchema.extend({ commentId: uuid, version });

/** Comments can be corrected for this long after posting; later they stand as written. */
export const COMMENT_EDIT_WINDOW_MS = 10 * 60 * 1000;
