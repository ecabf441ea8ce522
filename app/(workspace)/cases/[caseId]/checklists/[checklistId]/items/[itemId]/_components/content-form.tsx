'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { ConflictNotice } from '@/app/_components/conflict-notice';
import { Field } from '@/app/_components/field';
import { itemContentSchema, type ItemContentInput } from '@/lib/checklists/schemas';
import type { ConflictInfo } from '@/lib/errors';
import { saveItemContentAction } from '../../../../actions';
import { useServerVersion } from './use-server-version';

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
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  const defaults = { ...(props.isCustom ? { title: props.initial.title } : {}), answer: props.initial.answer, notApplicable: props.initial.notApplicable, naReason: props.initial.naReason };
  const form = useForm<ItemContentInput>({ resolver: zodResolver(itemContentSchema) as never, defaultValues: defaults });
  const dirty = form.formState.isDirty;
  const [version, setVersion] = useServerVersion(props.version, dirty || !!conflict);
  // Someone else's saved change arrives with a refresh: show it while this form is untouched.
  const serverKey = JSON.stringify(defaults);
  useEffect(() => {
    if (!form.formState.isDirty) form.reset(JSON.parse(serverKey));
  }, [serverKey, form]);
  const err = form.formState.errors;
  const na = form.watch('notApplicable');
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const res = await saveItemContentAction(props.caseId, { ...values, itemId: props.itemId, version });
    if (res.ok) {
      setConflict(null);
      setVersion(res.data.version);
      form.reset(values);
      setMessage({ ok: true, text: res.data.lapsed ? 'Saved. The approval lapsed: the item is back with the reviewer.' : res.data.changed ? 'Saved.' : 'Nothing changed.' });
      router.refresh();
      return;
    }
    if (res.conflict) {
      setConflict(res.conflict);
      router.refresh(); // the rest of the page catches up; this form keeps the user's input (it is dirty)
    } else setMessage({ ok: false, text: res.message });
    for (const [k, m] of Object.entries(res.fieldErrors ?? {})) form.setError(k as keyof ItemContentInput, { message: m });
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Answer">
      {conflict ? (
        <ConflictNotice
          conflict={conflict}
          labels={CONFLICT_LABELS}
          onOverride={() => {
            setVersion(conflict.currentVersion);
            setConflict(null);
            setMessage({ ok: false, text: 'You are now editing over their version. Check the answer and save again.' });
          }}
        />
      ) : null}
      {message ? (
        <p className={message.ok ? 'notice' : 'form-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      ) : null}
      {props.isCustom ? (
        <Field label="Item title" error={err.title?.message}>
          {(p) => <input {...p} {...form.register('title')} />}
        </Field>
      ) : null}
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
      <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? 'Saving…' : 'Save answer'}
      </button>
      {props.approved ? <span className="muted"> Saving a change makes the approval lapse.</span> : null}
    </form>
  );
}
