'use client';

import { Field } from '@/app/_components/field';
import { FormButtons } from '@/app/_components/form-buttons';
import { useActionForm } from '@/app/_components/use-action-form';
import type { ActionResult } from '@/lib/core/action-result';
import { requestChangesSchema } from '@/lib/checklists/schemas';

/** Sending an item back needs a reason: it is posted as a comment the preparer is notified of. */
export function RequestChangesForm(props: { submit: (reason: string) => Promise<ActionResult<unknown>>; onDone: () => void; onCancel: () => void }) {
  const { form, onSubmit, banner, pending } = useActionForm({
    schema: requestChangesSchema,
    defaultValues: { reason: '' },
    submit: (values) => props.submit(values.reason),
    onSuccess: () => {
      props.onDone();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Request changes" style={{ marginTop: '0.6rem' }}>
      {banner}
      <Field label="What needs to change" hint="Posted as a comment on the item; the preparer is told." error={form.formState.errors.reason?.message}>
        {(p) => <textarea {...p} rows={4} {...form.register('reason')} />}
      </Field>
      <FormButtons label="Send back with this reason" pending={pending} pendingLabel="Sending…" onCancel={props.onCancel} />
    </form>
  );
}
