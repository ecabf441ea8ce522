'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field } from '@/app/_components/field';
import { customItemSchema, type CustomItemInput } from '@/lib/checklists/schemas';
import { addCustomItemAction } from '../../actions';

/** Counsel's own item: into an existing section (suggested) or a new one. */
export function CustomItemForm(props: { caseId: string; checklistId: string; sections: string[] }) {
  const router = useRouter();
  const listId = useId();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const form = useForm<CustomItemInput>({
    resolver: zodResolver(customItemSchema) as never,
    defaultValues: { checklistId: props.checklistId, section: props.sections[0] ?? '', title: '', reference: '', guidance: '' },
  });
  const err = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    const res = await addCustomItemAction(props.caseId, values);
    if (res.ok) {
      setMessage({ ok: true, text: `Added “${values.title}”.` });
      form.reset({ ...values, title: '', reference: '', guidance: '' });
      router.refresh();
      return;
    }
    setMessage({ ok: false, text: res.message });
    for (const [k, m] of Object.entries(res.fieldErrors ?? {})) form.setError(k as keyof CustomItemInput, { message: m });
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      {message ? (
        <p className={message.ok ? 'notice' : 'form-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      ) : null}
      <div className="grid-2">
        <Field label="Section" error={err.section?.message} hint="Pick an existing section or type a new one.">
          {(p) => <input {...p} list={listId} {...form.register('section')} />}
        </Field>
        <Field label="Item title" error={err.title?.message}>
          {(p) => <input {...p} {...form.register('title')} />}
        </Field>
        <Field label="Reference" error={err.reference?.message} hint="For example “Form CO §7.1”.">
          {(p) => <input {...p} {...form.register('reference')} />}
        </Field>
        <Field label="Guidance" error={err.guidance?.message}>
          {(p) => <textarea {...p} rows={2} {...form.register('guidance')} />}
        </Field>
      </div>
      <datalist id={listId}>
        {props.sections.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? 'Adding…' : 'Add item'}
      </button>
    </form>
  );
}
