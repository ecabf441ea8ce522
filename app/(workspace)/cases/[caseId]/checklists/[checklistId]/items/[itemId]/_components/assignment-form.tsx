'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { InputField, SelectField } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/form-buttons';
import { useActionForm } from '@/app/_components/use-action-form';
import { assignmentSchema, utcToday } from '@/lib/checklists/schemas';
import { assignItemAction } from '../../../../actions';

interface Person {
  id: string;
  name: string;
  role: string;
}

export function AssignmentForm(props: { caseId: string; itemId: string; version: number; initial: { preparerId: string | null; reviewerId: string | null; dueDate: string | null }; preparers: Person[]; reviewers: Person[] }) {
  const router = useRouter();
  // A date already past when the page opened was confirmed when it was set: saving it again asks nothing.
  const initialPast = !!props.initial.dueDate && props.initial.dueDate < utcToday();
  const { form, onSubmit, banner, pending, setNotice, setVersion } = useActionForm({
    schema: assignmentSchema,
    values: { preparerId: props.initial.preparerId ?? '', reviewerId: props.initial.reviewerId ?? '', dueDate: props.initial.dueDate ?? '', confirmPastDue: initialPast },
    resetOptions: { keepDirtyValues: true },
    version: props.version,
    followVersion: true,
    conflictLabels: { lastChange: 'What they changed', preparer: 'Preparer', reviewer: 'Reviewer', dueDate: 'Due date', status: 'Status' },
    overrideMessage: null,
    submit: (values, version) => assignItemAction(props.caseId, { ...values, itemId: props.itemId, version }),
    onSuccess: (data, values) => {
      setVersion(data.version);
      form.reset({ preparerId: values.preparerId ?? '', reviewerId: values.reviewerId ?? '', dueDate: values.dueDate ?? '', confirmPastDue: values.confirmPastDue ?? false });
      setNotice('Assignment saved.');
      router.refresh();
    },
  });
  const dueDate = form.watch('dueDate');
  const pastDue = !!dueDate && dueDate < utcToday();
  // Each new past date is confirmed on its own: a tick given for another date does not carry over.
  const { setValue } = form;
  useEffect(() => {
    if (dueDate !== (props.initial.dueDate ?? '')) setValue('confirmPastDue', false);
  }, [dueDate, props.initial.dueDate, setValue]);
  const options = (people: Person[]) => people.map((p) => ({ value: p.id, label: `${p.name} (${p.role})` }));
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Assignment">
      {banner}
      <SelectField form={form} name="preparerId" label="Preparer" empty="Unassigned" options={options(props.preparers)} />
      <SelectField form={form} name="reviewerId" label="Reviewer" empty="Unassigned" options={options(props.reviewers)} />
      <InputField form={form} name="dueDate" label="Due date" type="date" />
      {pastDue ? (
        <label className="field">
          <span>
            <input type="checkbox" {...form.register('confirmPastDue')} /> Yes, the due date is in the past (recorded with the assignment)
          </span>
        </label>
      ) : null}
      <SubmitButton pending={pending} pendingLabel="Saving…">
        Save assignment
      </SubmitButton>
    </form>
  );
}
