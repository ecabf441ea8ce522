'use client';

import { useRouter } from 'next/navigation';
import { useId } from 'react';
import { useFieldArray } from 'react-hook-form';
import { Field, InputField } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/form-buttons';
import { useActionForm } from '@/app/_components/use-action-form';
import type { ActionResult } from '@/lib/core/action-result';
import { templateSchema, type TemplateInput } from '@/lib/checklists/schemas';
import { createTemplateAction, updateTemplateAction } from '../actions';
import styles from './template-editor.module.css';

const EMPTY_ITEM = { section: '', title: '', guidance: '', reference: '' };

/** Name, description and the ordered items of a template; saving an existing one makes a new version. */
export function TemplateEditor(props: { templateId?: string; version?: number; initial?: TemplateInput }) {
  const router = useRouter();
  const sectionsId = useId();
  const { form, onSubmit, banner, pending, setNotice } = useActionForm({
    schema: templateSchema,
    defaultValues: props.initial ?? { name: '', description: '', items: [{ ...EMPTY_ITEM }], note: '' },
    version: props.version ?? 0,
    conflictLabels: { name: 'Name', currentVersion: 'Current version' },
    overrideMessage: null,
    submit: (values, version): Promise<ActionResult<{ id?: string; templateVersion?: number }>> =>
      props.templateId ? updateTemplateAction({ ...values, templateId: props.templateId, version }) : createTemplateAction(values),
    onSuccess: (data) => {
      if (data.id) return router.push(`/admin/templates/${data.id}`);
      setNotice(`Saved as version ${data.templateVersion}.`);
      router.refresh();
    },
  });
  const items = useFieldArray({ control: form.control, name: 'items' });
  const err = form.formState.errors;
  const sections = [...new Set((form.watch('items') ?? []).map((i) => i.section).filter(Boolean))];

  return (
    <form onSubmit={onSubmit} noValidate>
      {banner}
      <div className="card">
        <InputField form={form} name="name" label="Template name" />
        <Field label="Description" error={err.description?.message}>
          {(p) => <textarea {...p} rows={2} {...form.register('description')} />}
        </Field>
      </div>
      <h2>Items ({items.fields.length})</h2>
      {err.items?.message || err.items?.root?.message ? (
        <p className="field-error" role="alert">
          {err.items?.message ?? err.items?.root?.message}
        </p>
      ) : null}
      <datalist id={sectionsId}>
        {sections.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      {items.fields.map((f, i) => {
        const e = err.items?.[i];
        return (
          <fieldset key={f.id} className={styles.item}>
            <legend>Item {i + 1}</legend>
            <div className={styles.grid}>
              <InputField form={form} name={`items.${i}.section`} label="Section" list={sectionsId} />
              <InputField form={form} name={`items.${i}.title`} label="Title" />
              <InputField form={form} name={`items.${i}.reference`} label="Reference" />
              <Field label="Guidance" error={e?.guidance?.message} className={styles.wide}>
                {(p) => <textarea {...p} rows={2} {...form.register(`items.${i}.guidance`)} />}
              </Field>
            </div>
            <div className={styles.tools}>
              <button type="button" onClick={() => items.move(i, i - 1)} disabled={i === 0} aria-label={`Move item ${i + 1} up`}>
                ↑ Up
              </button>
              <button type="button" onClick={() => items.move(i, i + 1)} disabled={i === items.fields.length - 1} aria-label={`Move item ${i + 1} down`}>
                ↓ Down
              </button>
              <button type="button" onClick={() => items.insert(i + 1, { ...EMPTY_ITEM, section: form.getValues(`items.${i}.section`) })} aria-label={`Insert after item ${i + 1}`}>
                + Insert after
              </button>
              <button type="button" className="danger" onClick={() => items.remove(i)} aria-label={`Remove item ${i + 1}`}>
                Remove
              </button>
            </div>
          </fieldset>
        );
      })}
      <div className={styles.sticky}>
        <button type="button" onClick={() => items.append({ ...EMPTY_ITEM, section: sections.at(-1) ?? '' })} style={{ marginBottom: props.templateId ? '0.8rem' : 0 }}>
          + Add item
        </button>
        {props.templateId ? (
          <InputField form={form} name="note" label="Change note" placeholder="What changed and why" />
        ) : null}
        <SubmitButton className="primary" pending={pending} pendingLabel="Saving…" style={{ marginBottom: props.templateId ? '0.8rem' : 0 }}>
          {props.templateId ? 'Save as new version' : 'Create template'}
        </SubmitButton>
      </div>
    </form>
  );
}
