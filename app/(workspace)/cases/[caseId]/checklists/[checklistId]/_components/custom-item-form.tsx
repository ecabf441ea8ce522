'use client';

import { useRouter } from 'next/navigation';
import { useId } from 'react';
import { Field, InputField } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/form-buttons';
import { useActionForm } from '@/app/_components/use-action-form';
import { customItemSchema } from '@/lib/checklists/schemas';
import { addCustomItemAction } from '../../actions';

/** Counsel's own item: into an existing section (suggested) or a new one. */
export function CustomItemForm(props: { caseId: string; checklistId: string; sections: string[] }) {
  const router = useRouter();
  const listId = useId();
  const { form, onSubmit, banner, pending, setNotice } = useActionForm({
    schema: customItemSchema,
    defaultValues: { checklistId: props.checklistId, section: props.sections[0] ?? '', title: '', reference: '', guidance: '' },
    submit: (values) => addCustomItemAction(props.caseId, values),
    onSuccess: (_, values) => {
      setNotice(`Added “${values.title}”.`);
      form.reset({ ...values, title: '', reference: '', guidance: '' });
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      {banner}
      <div className="grid-2">
        <InputField form={form} name="section" label="Section" hint="Pick an existing section or type a new one." list={listId} />
        <InputField form={form} name="title" label="Item title" />
        <InputField form={form} name="reference" label="Reference" hint="For example “Form CO §7.1”." />
        <Field label="Guidance" error={form.formState.errors.guidance?.message}>
          {(p) => <textarea {...p} rows={2} {...form.register('guidance')} />}
        </Field>
      </div>
      <datalist id={listId}>
        {props.sections.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <SubmitButton pending={pending} pendingLabel="Adding…">
        Add item
      </SubmitButton>
    </form>
  );
}
