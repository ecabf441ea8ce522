'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { SelectField, InputField } from '@/app/_components/field';
import { FormButtons } from '@/app/_components/form-buttons';
import { useActionForm } from '@/app/_components/use-action-form';
import { CLAIM_CATEGORIES, CLAIM_CATEGORY_LABELS, MARK_SUBJECTS, SUBJECT_LABELS, type MarkSubject } from '@/lib/documents/confidentiality-kinds';
import { markConfidentialitySchema } from '@/lib/documents/schemas';
import { markAction } from '../actions';
import { Highlighted } from './highlighted';

const NAME_SUBJECTS = MARK_SUBJECTS.filter((s) => s !== 'text');

/**
 * Marks one thing the non-confidential edition must not print: a name gets a public label, a
 * passage of text (selected in the highlighted text, or typed) becomes […]; a figure that is no
 * secret can be declared public instead. With no `subject`, counsel chooses what to mark.
 */
export function MarkForm(props: { caseId: string; subject?: MarkSubject; value?: string; figures?: string[]; marked?: string[]; idPrefix: string }) {
  const router = useRouter();
  const fixed = props.subject !== undefined;
  const isText = props.subject === 'text';
  const [publicError, setPublicError] = useState<string | null>(null);
  const { form, onSubmit, banner, pending, setNotice } = useActionForm({
    schema: markConfidentialitySchema,
    defaultValues: {
      kind: !fixed ? 'name' : isText ? 'passage' : 'name',
      subject: props.subject ?? 'cluster',
      text: isText ? (props.figures?.[0] ?? '') : (props.value ?? ''),
      publicLabel: '',
      category: 'business-secret',
      justification: '',
    },
    submit: (values) => markAction(props.caseId, values),
    onSuccess: () => {
      setNotice('Marked. Generate the non-confidential edition again to apply it.');
      router.refresh();
    },
  });
  const kind = form.watch('kind');
  const declarePublic = async (figure: string) => {
    setPublicError(null);
    const res = await markAction(props.caseId, { kind: 'public-figure', subject: 'text', text: figure });
    if (!res.ok) setPublicError(res.message);
    else router.refresh();
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Mark ${props.idPrefix}`}>
      {banner}
      {publicError ? <p className="form-error" role="alert">{publicError}</p> : null}
      {isText && props.value ? (
        <>
          <Highlighted value={props.value} figures={props.figures ?? []} marked={props.marked ?? []} label={`Text of ${props.idPrefix}`} onSelect={(t) => form.setValue('text', t, { shouldValidate: form.formState.isSubmitted })} />
          <p className="muted">Select the words to withhold in the text above (or type them below): they print as […]. A figure that is no secret can be declared public.</p>
          <div className="row">
            {(props.figures ?? []).map((f) => (
              <button key={f} type="button" onClick={() => declarePublic(f)} aria-label={`Declare ${f} public`}>
                Declare “{f}” public
              </button>
            ))}
          </div>
        </>
      ) : null}
      {!fixed ? (
        <div className="row">
          <SelectField form={form} name="kind" label="What to mark" options={['name', 'passage', 'public-figure']} optionLabels={{ name: 'A name (give it a public label)', passage: 'A passage of text', 'public-figure': 'A figure that is public' }} onChange={(e) => {
            const v = e.target.value as 'name' | 'passage' | 'public-figure';
            form.setValue('kind', v);
            form.setValue('subject', v === 'name' ? 'cluster' : 'text');
          }} />
          {kind === 'name' ? <SelectField form={form} name="subject" label="Which name" options={NAME_SUBJECTS} optionLabels={SUBJECT_LABELS} /> : null}
        </div>
      ) : null}
      <div className="row">
        {!fixed || isText ? <InputField form={form} name="text" label={kind === 'name' ? 'Name as entered' : kind === 'passage' ? 'Passage to withhold' : 'Figure'} className="grow" /> : null}
        {kind === 'name' ? <InputField form={form} name="publicLabel" label="Public label" hint="Printed instead, e.g. “Cluster A”." /> : null}
      </div>
      {kind !== 'public-figure' ? (
        <div className="row">
          <SelectField form={form} name="category" label="Category" options={CLAIM_CATEGORIES} optionLabels={CLAIM_CATEGORY_LABELS} />
          <InputField form={form} name="justification" label="Justification" hint="Printed in the confidentiality claims index." className="grow" />
        </div>
      ) : null}
      <FormButtons label={kind === 'name' ? 'Print the public label' : kind === 'passage' ? 'Withhold the passage' : 'Declare public'} pending={pending} pendingLabel="Saving…" />
    </form>
  );
}
