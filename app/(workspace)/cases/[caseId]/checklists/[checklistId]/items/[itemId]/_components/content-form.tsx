'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { Field, InputField } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/form-buttons';
import { useActionForm } from '@/app/_components/use-action-form';
import { itemContentSchema } from '@/lib/checklists/schemas';
import { saveItemContentAction } from '../../../../actions';

const CONFLICT_LABELS = { lastChange: 'What they changed', status: 'Status', title: 'Title', answer: 'Answer', naReason: 'Not-applicable reason', preparer: 'Preparer', reviewer: 'Reviewer', dueDate: 'Due date' };

/** The preparer's answer, or a reason the item does not apply. Saving over an approval makes it lapse. */
export function ContentForm(props: {
  caseId: string;
  itemId: string;
  version: number;
  isCustom: boolean;
  approved: boolean;
  initial: { title: string; answer: string; notApplicable: boolean; naReason: string };
}) {
  const router = useRouter();
  const defaults = { ...(props.isCustom ? { title: props.initial.title } : {}), answer: props.initial.answer, notApplicable: props.initial.notApplicable, naReason: props.initial.naReason };
  const { form, onSubmit, banner, pending, setNotice, setVersion } = useActionForm({
    schema: itemContentSchema,
    defaultValues: defaults,
    version: props.version,
    followVersion: true,
    conflictLabels: CONFLICT_LABELS,
    overrideMessage: 'You are now editing over their version. Check the answer and save again.',
    submit: (values, version) => saveItemContentAction(props.caseId, { ...values, itemId: props.itemId, version }),
    onSuccess: (data, values) => {
      setVersion(data.version);
      form.reset(values);
      setNotice(data.lapsed ? 'Saved. The approval lapsed: the item is back with the reviewer.' : data.changed ? 'Saved.' : 'Nothing changed.');
      router.refresh();
    },
    // The rest of the page catches up; this form keeps the user's input (it is dirty).
    onConflict: () => router.refresh(),
  });
  // Someone else's saved change arrives with a refresh: show it while this form is untouched.
  const serverKey = JSON.stringify(defaults);
  useEffect(() => {
    if (!form.formState.isDirty) form.reset(JSON.parse(serverKey));
  }, [serverKey, form]);
  const err = form.formState.errors;
  const na = form.watch('notApplicable');
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Answer">
      {banner}
      {props.isCustom ? <InputField form={form} name="title" label="Item title" /> : null}
      <Field label="Answer and notes" error={err.answer?.message} hint="Plain text; links and line breaks are kept.">
        {(p) => <textarea {...p} rows={8} {...form.register('answer')} />}
      </Field>
      <div className="field">
        <label style={{ fontWeight: 400 }}>
          <input type="checkbox" {...form.register('notApplicable')} /> This item does not apply to this filing
        </label>
      </div>
      {na ? (
        <Field label="Why it does not apply" error={err.naReason?.message} hint="A not-applicable item also needs sign-off.">
          {(p) => <textarea {...p} rows={3} {...form.register('naReason')} />}
        </Field>
      ) : null}
      <SubmitButton className="primary" pending={pending} pendingLabel="Saving…">
        Save answer
      </SubmitButton>
      {props.approved ? <span className="muted"> Saving a change makes the approval lapse.</span> : null}
    </form>
  );
}
