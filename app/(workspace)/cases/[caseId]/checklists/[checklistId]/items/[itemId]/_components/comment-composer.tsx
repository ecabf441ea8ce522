'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { Field } from '@/app/_components/field';
import { FormButtons } from '@/app/_components/form-buttons';
import type { ActionResult } from '@/lib/core/action-result';
import { commentSchema, type CommentInput } from '@/lib/checklists/schemas';
import { MentionTextarea } from './mention-textarea';

/** Writing a comment, a reply or an edit: one form, one schema, the text kept if the save fails. */
export function CommentComposer(props: {
  label: string;
  submitLabel: string;
  initial?: string;
  members: { id: string; name: string; role: string }[];
  submit: (body: string) => Promise<ActionResult<unknown>>;
  onDone?: () => void;
  onCancel?: () => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const form = useForm<CommentInput>({ resolver: zodResolver(commentSchema) as never, defaultValues: { body: props.initial ?? '' } });
  const onSubmit = form.handleSubmit(async ({ body }) => {
    setError(null);
    const res = await props.submit(body);
    if (res.ok) {
      form.reset({ body: '' });
      props.onDone?.();
      return;
    }
    if (res.fieldErrors?.body) form.setError('body', { message: res.fieldErrors.body });
    else setError(res.message);
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <Field label={props.label} error={form.formState.errors.body?.message} hint="Type @ to mention a case member.">
        {(p) => <Controller name="body" control={form.control} render={({ field }) => <MentionTextarea {...p} name={field.name} value={field.value} onChange={field.onChange} onBlur={field.onBlur} members={props.members} />} />}
      </Field>
      <FormButtons label={props.submitLabel} pending={form.formState.isSubmitting} pendingLabel="Posting…" onCancel={props.onCancel} />
    </form>
  );
}
