'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { ConflictNotice } from '@/app/_components/conflict-notice';
import { Field } from '@/app/_components/field';
import { templateSchema, type TemplateInput } from '@/lib/checklists/schemas';
import type { ConflictInfo } from '@/lib/errors';
import { createTemplateAction, updateTemplateAction } from '../actions';
import styles from './template-editor.module.css';

const EMPTY_ITEM = { section: '', title: '', guidance: '', reference: '' };

/** Name, description and the ordered items of a template; saving an existing one makes a new version. */
export function TemplateEditor(props: { templateId?: string; version?: number; initial?: TemplateInput }) {
  const router = useRouter();
  const sectionsId = useId();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  const [version, setVersion] = useState(props.version ?? 0);
  const form = useForm<TemplateInput>({
    resolver: zodResolver(templateSchema) as never,
    defaultValues: props.initial ?? { name: '', description: '', items: [{ ...EMPTY_ITEM }], note: '' },
  });
  const items = useFieldArray({ control: form.control, name: 'items' });
  const err = form.formState.errors;
  const sections = [...new Set((form.watch('items') ?? []).map((i) => i.section).filter(Boolean))];

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const res = props.templateId ? await updateTemplateAction({ ...values, templateId: props.templateId, version }) : await createTemplateAction(values);
    if (res.ok) {
      setConflict(null);
      const data = res.data as { id?: string; templateVersion?: number };
      if (data.id) return router.push(`/admin/templates/${data.id}`);
      setMessage({ ok: true, text: `Saved as version ${data.templateVersion}.` });
      router.refresh();
      return;
    }
    if (res.conflict) setConflict(res.conflict);
    else setMessage({ ok: false, text: res.message });
    for (const [k, m] of Object.entries(res.fieldErrors ?? {})) form.setError(k as never, { message: m });
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      {conflict ? (
        <ConflictNotice
          conflict={conflict}
          labels={{ name: 'Name', currentVersion: 'Current version' }}
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
      <div className="card">
        <Field label="Template name" error={err.name?.message}>
          {(p) => <input {...p} {...form.register('name')} />}
        </Field>
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
              <Field label="Section" error={e?.section?.message}>
                {(p) => <input {...p} list={sectionsId} {...form.register(`items.${i}.section`)} />}
              </Field>
              <Field label="Title" error={e?.title?.message}>
                {(p) => <input {...p} {...form.register(`items.${i}.title`)} />}
              </Field>
              <Field label="Reference" error={e?.reference?.message}>
                {(p) => <input {...p} {...form.register(`items.${i}.reference`)} />}
              </Field>
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
              <button type="button" onClick={() => items.insert(i + 1, { ...EMPTY_ITEM, section: form.getValues(`items.${i}.section`) })} aria-label={`Insert an item after item ${i + 1}`}>
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
          <Field label="Change note" error={err.note?.message}>
            {(p) => <input {...p} placeholder="What changed and why" {...form.register('note')} />}
          </Field>
        ) : null}
        <button type="submit" className="primary" disabled={form.formState.isSubmitting} style={{ marginBottom: props.templateId ? '0.8rem' : 0 }}>
          {form.formState.isSubmitting ? 'Saving…' : props.templateId ? 'Save as new version' : 'Create template'}
        </button>
      </div>
    </form>
  );
}
