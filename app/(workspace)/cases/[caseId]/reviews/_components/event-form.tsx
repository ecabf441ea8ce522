'use client';

import { useRouter } from 'next/navigation';
import { InputField, SelectField } from '@/app/_components/field';
import { FormButtons } from '@/app/_components/form-buttons';
import { useActionForm } from '@/app/_components/use-action-form';
import type { ActionResult } from '@/lib/core/action-result';
import {
  DECISION_ARTICLES,
  DECISION_LABELS,
  EVENT_LABELS,
  EVENT_TYPES_BY_AUTHORITY,
  EXTENSION_AMOUNTS,
  HSR_KINDS,
  HSR_KIND_LABELS,
  STOP_CLOCK_RESTART_HINT,
  STOP_CLOCK_RESTART_LABEL,
  reviewEventSchema,
  type ReviewAuthority,
  type ReviewEventInput,
  type ReviewEventType,
} from '@/lib/reviews/schemas';
import { addEventAction, updateEventAction } from '../actions';
import styles from './reviews.module.css';

const DATE_LABEL: Partial<Record<ReviewEventType, { label: string; hint?: string }>> = {
  notification: { label: 'Date of notification', hint: 'The day the Commission received the complete notification.' },
  'stop-clock': { label: 'Clock stopped with effect from' },
  'phase2-opened': { label: 'Date of the Art. 6(1)(c) decision' },
  'filing-received': { label: 'Date the filing was received (acquiring person)', hint: 'As recorded by the agencies; a business day.' },
  'timing-agreement': { label: 'Date agreed with the agency', hint: 'Entered by hand from the timing agreement; not computed.' },
  'manual-deadline': { label: 'Deadline' },
  'uk-phase1-commenced': { label: 'Date of the CMA’s notice', hint: 'The day the CMA told the parties Phase 1 had begun; day 1 is the next working day.' },
  'uk-phase2-referred': { label: 'Date of the reference' },
  'samr-accepted': { label: 'Date SAMR accepted the filing', hint: 'The acceptance (立案) date, not the submission date.' },
  'samr-accepted-simplified': { label: 'Date SAMR accepted the filing', hint: 'The acceptance (立案) date, not the submission date.' },
  'samr-further-review': { label: 'Date of the further-review decision' },
  'bkarta-received': { label: 'Date the complete notification was received' },
  'bkarta-main-exam': { label: 'Date of the letter opening the main examination' },
  'hsr-filing-date': { label: 'Date of the HSR filing', hint: 'Planned or actual; the state copy is due the same day.' },
  'state-copy-filed': { label: 'Date the copy was filed' },
  'authority-decision': { label: 'Date of the decision' },
};

const FIRST_EVENT: Partial<Record<ReviewAuthority, ReviewEventType>> = {
  'us-hsr': 'filing-received',
  other: 'manual-deadline',
  'uk-cma': 'uk-phase1-commenced',
  'cn-samr': 'samr-accepted',
  'de-bkarta': 'bkarta-received',
  'us-wa': 'hsr-filing-date',
  'us-co': 'hsr-filing-date',
};

const PHASES = [
  { value: '1', label: 'Phase I (Art. 6(2))' },
  { value: '2', label: 'Phase II (Art. 8(2))' },
];
const PHASE_LABELS = Object.fromEntries(PHASES.map((p) => [p.value, p.label]));

export interface EventFormValues extends ReviewEventInput {
  phase?: string | number;
  workingDays?: string | number;
  amount?: string | number | null;
}

const EMPTY: EventFormValues = {
  type: 'notification', date: '', restartedOn: '', phase: '', workingDays: '', amount: '', article: '', hsrKind: '', acquiredReceivedOn: '', section80130: false, extensionByAgreement: false,
  label: '', note: '', done: false,
};

export function EventForm(props: {
  caseId: string;
  reviewId: string;
  authority: ReviewAuthority;
  /** Names the form landmark: a case with several reviews has one such form per review. */
  reviewTitle?: string;
  initial?: EventFormValues;
  event?: { id: string; version: number };
  onDone?: () => void;
  onCancel?: () => void;
}) {
  const router = useRouter();
  const types = EVENT_TYPES_BY_AUTHORITY[props.authority];
  const { form, onSubmit, banner, pending, setNotice } = useActionForm({
    schema: reviewEventSchema,
    raw: true,
    defaultValues: props.initial ?? { ...EMPTY, type: FIRST_EVENT[props.authority] ?? 'notification', hsrKind: props.authority === 'us-hsr' ? 'standard' : '' },
    version: props.event?.version,
    conflictValueLabels: { type: EVENT_LABELS, article: DECISION_LABELS, hsrKind: HSR_KIND_LABELS, phase: PHASE_LABELS },
    conflictLabels: { type: 'Event', date: 'Date', restartedOn: 'Clock restarts on', acquiredReceivedOn: 'Acquired person’s filing', section80130: '16 CFR 801.30', extensionByAgreement: 'Agreed extension', phase: 'Phase', workingDays: 'Working days', amount: 'Extension', article: 'Decision', hsrKind: 'Kind', label: 'Label', note: 'Note' },
    submit: (values, version): Promise<ActionResult<unknown>> =>
      props.event ? updateEventAction(props.caseId, props.reviewId, { ...values, eventId: props.event.id, version: version ?? props.event.version }) : addEventAction(props.caseId, props.reviewId, values),
    onSuccess: (_, values) => {
      if (!props.event) {
        form.reset({ ...form.getValues(), date: '', restartedOn: '', note: '', label: '' });
        setNotice(`${EVENT_LABELS[values.type]} recorded.`);
      }
      props.onDone?.();
      router.refresh();
    },
  });
  const type = form.watch('type');
  const dateText = DATE_LABEL[type] ?? { label: 'Date' };
  const verb = props.event ? 'Save correction' : 'Record event';
  return (
    <form onSubmit={onSubmit} noValidate className={styles.inlineForm} aria-label={props.event ? 'Correct event' : `Record an event: ${props.reviewTitle ?? 'this review'}`}>
      {banner}
      <div className="row">
        <SelectField form={form} name="type" label="Event" options={types} optionLabels={EVENT_LABELS} />
        {type === 'manual-deadline' ? (
          <InputField form={form} name="label" label="What is due" placeholder="e.g. CMA Phase 1 decision" />
        ) : null}
        <InputField form={form} name="date" label={dateText.label} hint={dateText.hint} type="date" />
        {type === 'stop-clock' ? (
          <InputField form={form} name="restartedOn" label={STOP_CLOCK_RESTART_LABEL} hint={STOP_CLOCK_RESTART_HINT} type="date" />
        ) : null}
        {type === 'commitments' ? (
          <SelectField form={form} name="phase" label="Phase" empty="Choose…" options={PHASES} />
        ) : null}
        {type === 'extension' ? (
          <>
            <InputField form={form} name="workingDays" label="Extension (working days)" hint="1 to 20 in all (Art. 10(3))." inputMode="numeric" />
            <label className={styles.checkbox}>
              <input type="checkbox" {...form.register('extensionByAgreement')} /> Agreed with the Commission (not the parties’ request within 15 working days of the opening)
            </label>
          </>
        ) : null}
        {EXTENSION_AMOUNTS[type] ? (
          <InputField
            form={form}
            name="amount"
            label={`Extension (${EXTENSION_AMOUNTS[type]?.unit})`}
            hint={`${EXTENSION_AMOUNTS[type]?.min} to ${EXTENSION_AMOUNTS[type]?.max}: ${EXTENSION_AMOUNTS[type]?.basis}.`}
            inputMode="numeric"
          />
        ) : null}
        {type === 'decision' ? (
          <SelectField form={form} name="article" label="Decision" empty="Choose…" options={DECISION_ARTICLES} optionLabels={DECISION_LABELS} />
        ) : null}
        {type === 'filing-received' ? (
          <>
            <SelectField form={form} name="hsrKind" label="Kind of transaction" options={HSR_KINDS} optionLabels={HSR_KIND_LABELS} />
            <InputField
              form={form}
              name="acquiredReceivedOn"
              label="Acquired person’s filing received"
              hint="The period runs from the later of both filings (16 CFR 803.10(a)). Leave empty if not yet filed."
              type="date"
            />
            <label className={styles.checkbox}>
              <input type="checkbox" {...form.register('section80130')} /> 16 CFR 801.30 acquisition (tender offer, purchase from third parties…): the acquiring
              person’s filing starts the period
            </label>
          </>
        ) : null}
        <InputField form={form} name="note" label="Note (optional)" />
      </div>
      {type === 'manual-deadline' && props.event ? (
        <label className={styles.checkbox}>
          <input type="checkbox" {...form.register('done')} /> Done (no longer shown as due)
        </label>
      ) : null}
      <FormButtons label={verb} pending={pending} pendingLabel="Saving…" onCancel={props.onCancel} style={{ marginBottom: '0.8rem' }} />
    </form>
  );
}
