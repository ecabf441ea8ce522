'use client';

import { useRouter } from 'next/navigation';
import { InputField, SelectField } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/form-buttons';
import { useActionForm } from '@/app/_components/use-action-form';
import { createChecklistSchema } from '@/lib/checklists/schemas';
import { createChecklistAction } from '../actions';

interface TemplateOption {
  id: string;
  name: string;
  version: number;
  items: number;
  sections: number;
  description: string;
}

export function NewChecklistForm(props: { caseId: string; templates: TemplateOption[] }) {
  const router = useRouter();
  const { form, onSubmit, banner, pending } = useActionForm({
    schema: createChecklistSchema,
    defaultValues: { templateId: '', name: '' },
    submit: (values) => createChecklistAction(props.caseId, values),
    onSuccess: (data) => router.push(`/cases/${props.caseId}/checklists/${data.id}`),
  });
  const chosen = props.templates.find((t) => t.id === form.watch('templateId'));
  return (
    <form onSubmit={onSubmit} noValidate>
      {banner}
      <div className="row">
        <SelectField
          form={form}
          name="templateId"
          label="Template"
          hint={chosen ? `${chosen.sections} sections, ${chosen.items} items (version ${chosen.version}). ${chosen.description}` : 'Items are copied: later template edits do not change this checklist.'}
          empty="Choose a template…"
          options={props.templates.map((t) => ({ value: t.id, label: `${t.name} (v${t.version})` }))}
        />
        <InputField form={form} name="name" label="Checklist name" hint="Leave blank to use the template’s name." />
        <SubmitButton className="primary" style={{ marginBottom: '0.8rem' }} pending={pending} pendingLabel="Creating…">
          Create checklist
        </SubmitButton>
      </div>
    </form>
  );
}
