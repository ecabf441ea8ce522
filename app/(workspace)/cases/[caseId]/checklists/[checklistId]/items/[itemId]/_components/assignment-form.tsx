'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ConflictNotice } from '@/app/_components/conflict-notice';
import { Field } from '@/app/_components/field';
import { assignmentSchema, type AssignmentInput } from '@/lib/checklists/schemas';
import type { ConflictInfo } from '@/lib/errors';
import { assignItemAction } from '../../../../actions';
import { useServerVersion } from './use-server-version';

interface Person {
  id: string;
  name: string;
  role: string;
}

export function AssignmentForm(props: { caseId: string; itemId: string; version: number; initial: { preparerId: string | null; reviewerId: string | null; dueDate: string | null }; preparers: Person[]; reviewers: Person[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  const form = useForm<AssignmentInput>({
    resolver: zodResolver(assignmentSchema) as never,
    values: { preparerId: props.initial.preparerId ?? '', reviewerId: props.initial.reviewerId ?? '', dueDate: props.initial.dueDate ?? '' },
    resetOptions: { keepDirtyValues: true },
  });
  const [version, setVersion] = useServerVersion(props.version, form.formState.isDirty || !!conflict);
  const err = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const res = await assignItemAction(props.caseId, { ...values, itemId: props.itemId, version });
    if (res.ok) {
      setConflict(null);
      setVersion(res.data.version);
      form.reset({ preparerId: values.preparerId ?? '', reviewerId: values.reviewerId ?? '', dueDate: values.dueDate ?? '' });
      setMessage({ ok: true, text: 'Assignment saved.' });
      router.refresh();
      return;
    }
    if (res.conflict) setConflict(res.conflict);
    else setMessage({ ok: false, text: res.message });
    for (const [k, m] of Object.entries(res.fieldErrors ?? {})) form.setError(k as keyof AssignmentInput, { message: m });
  });
  const options = (people: Person[]) => [
    <option key="" value="">
      Unassigned
    </option>,
    ...people.map((p) => (
      <option key={p.id} value={p.id}>
        {p.name} ({p.role})
      </option>
    )),
  ];
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Assignment">
      {conflict ? (
        <ConflictNotice
          conflict={conflict}
          labels={{ lastChange: 'What they changed', preparer: 'Preparer', reviewer: 'Reviewer', dueDate: 'Due date', status: 'Status' }}
          onOverride={() => {
            setVersion(conflict.currentVersion);
            setConflict(null);
          }}
        />
      ) : null}
      {message ? (
        <p className={message.ok ? 'notice' : 'form-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      ) : null}
      <Field label="Preparer" error={err.preparerId?.message}>
        {(p) => <select {...p} {...form.register('preparerId')}>{options(props.preparers)}</select>}
      </Field>
      <Field label="Reviewer" error={err.reviewerId?.message}>
        {(p) => <select {...p} {...form.register('reviewerId')}>{options(props.reviewers)}</select>}
      </Field>
      <Field label="Due date" error={err.dueDate?.message}>
        {(p) => <input {...p} type="date" {...form.register('dueDate')} />}
      </Field>
      <button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? 'Saving…' : 'Save assignment'}
      </button>
    </form>
  );
}
