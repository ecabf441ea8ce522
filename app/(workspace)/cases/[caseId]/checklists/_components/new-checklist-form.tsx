'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field } from '@/app/_components/field';
import { createChecklistSchema, type CreateChecklistInput } from '@/lib/checklists/schemas';
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
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<CreateChecklistInput>({ resolver: zodResolver(createChecklistSchema) as never, defaultValues: { templateId: '', name: '' } });
  const err = form.formState.errors;
  const chosen = props.templates.find((t) => t.id === form.watch('templateId'));
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const res = await createChecklistAction(props.caseId, values);
    if (res.ok) {
      router.push(`/cases/${props.caseId}/checklists/${res.data.id}`);
      return;
    }
    setFormError(res.message);
    for (const [k, m] of Object.entries(res.fieldErrors ?? {})) form.setError(k as keyof CreateChecklistInput, { message: m });
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="row">
        <Field label="Template" error={err.templateId?.message} hint={chosen ? `${chosen.sections} sections, ${chosen.items} items (version ${chosen.version}). ${chosen.description}` : 'Items are copied: later template edits do not change this checklist.'}>
          {(p) => (
            <select {...p} {...form.register('templateId')}>
              <option value="">Choose a template…</option>
              {props.templates.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name} (v{t.version})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Checklist name" error={err.name?.message} hint="Leave blank to use the template’s name.">
          {(p) => <input {...p} {...form.register('name')} />}
        </Field>
        <button type="submit" className="primary" style={{ marginBottom: '0.8rem' }} disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? 'Creating…' : 'Create checklist'}
        </button>
      </div>
    </form>
  );
}
