'use client';

import { useState } from 'react';
import { InputField, SelectField } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/form-buttons';
import { useActionForm } from '@/app/_components/use-action-form';
import { DOCUMENT_EDITIONS, DOCUMENT_KINDS, DOCUMENT_KIND_LABELS, EDITION_LABELS } from '@/lib/documents/kinds';
import { generateDocumentSchema, type GenerateDocumentInput } from '@/lib/documents/schemas';
import { startGenerationAction } from '../actions';
import { JobProgress, type JobSnapshot } from './job-progress';

const KIND_HINTS: Record<(typeof DOCUMENT_KINDS)[number], string> = {
  'form-co': 'Sections 1–11 from the case file; what the case does not hold is marked for counsel.',
  'hsr-summary': 'Parties, transaction, size of transaction against the threshold, fee tier, filing dates and waiting periods.',
  'concentration-annex': 'Methodology, catalogue figures, holdings, shares and HHI per scenario, screens, uncertainty and charts.',
  'checklist-report': 'Every checklist item with status, people, times, content hash, evidence SHA-256 and open threads.',
  'audit-report': 'The case’s audit events of a period, with the result of the hash-chain check and the head hash.',
};

/** Only these kinds draw on saved analyses; the others are sent none. */
const usesAnalyses = (kind: GenerateDocumentInput['kind']) => kind === 'form-co' || kind === 'concentration-annex';

interface Analysis { id: string; title: string; marketName: string; scenarioName: string | null; createdAt: string; createdByName: string }

/** Counsel's form: which document, which edition, which saved analyses or period; then its progress. */
export function GenerateForm(props: { caseId: string; analyses: Analysis[]; jobs: JobSnapshot[] }) {
  const [started, setStarted] = useState<JobSnapshot[]>([]);
  const { form, onSubmit, banner, pending } = useActionForm({
    schema: generateDocumentSchema,
    defaultValues: { kind: 'form-co', edition: 'confidential', savedAnalysisIds: props.analyses[0] ? [props.analyses[0].id] : [], from: '', to: '' },
    submit: (values) => startGenerationAction(props.caseId, { ...values, savedAnalysisIds: usesAnalyses(values.kind) ? values.savedAnalysisIds : [] }),
    onSuccess: (data, values) => {
      setStarted((s) => [{ id: data.jobId, kind: values.kind, edition: values.edition, status: 'queued', progress: 0, stage: 'Waiting to start', error: null }, ...s]);
    },
  });
  const err = form.formState.errors;
  const kind = form.watch('kind');
  const chosen = form.watch('savedAnalysisIds') ?? [];

  const toggle = (id: string, on: boolean) => {
    const next = kind === 'form-co' ? (on ? [id] : []) : on ? [...chosen, id] : chosen.filter((x) => x !== id);
    form.setValue('savedAnalysisIds', next, { shouldValidate: form.formState.isSubmitted });
  };

  const jobs = [...started, ...props.jobs.filter((j) => !started.some((s) => s.id === j.id))];
  return (
    <>
      <form onSubmit={onSubmit} noValidate aria-labelledby="generate">
        {banner}
        <div className="row">
          <SelectField form={form} name="kind" label="Document" hint={KIND_HINTS[kind]} options={DOCUMENT_KINDS} optionLabels={DOCUMENT_KIND_LABELS} />
          <fieldset className="field" aria-describedby={err.edition ? 'edition-error' : undefined}>
            <legend style={{ fontWeight: 600, fontSize: '0.92rem' }}>Edition</legend>
            {DOCUMENT_EDITIONS.map((e) => (
              <label key={e} style={{ display: 'block' }}>
                <input type="radio" value={e} {...form.register('edition')} /> {EDITION_LABELS[e]}
                {e === 'non-confidential' ? <span className="muted"> — figures as ranges</span> : null}
              </label>
            ))}
            {err.edition ? <p id="edition-error" className="field-error">{err.edition.message}</p> : null}
          </fieldset>
        </div>
        {usesAnalyses(kind) ? (
          <fieldset className="field" aria-describedby="analyses-hint analyses-error">
            <legend style={{ fontWeight: 600, fontSize: '0.92rem' }}>{kind === 'form-co' ? 'Saved analysis for sections 6 and 7' : 'Saved analyses (one section per scenario)'}</legend>
            <p id="analyses-hint" className="hint">
              {props.analyses.length === 0
                ? 'No saved analysis yet: save one on the Market tab.' + (kind === 'form-co' ? ' The draft will mark sections 6 and 7 as missing.' : '')
                : kind === 'form-co' ? 'Choose one; leave all unticked to use the newest.' : 'Choose one or more.'}
            </p>
            {props.analyses.map((a) => (
              <label key={a.id} style={{ display: 'block' }}>
                <input type="checkbox" checked={chosen.includes(a.id)} onChange={(e) => toggle(a.id, e.target.checked)} /> {a.title}
                <span className="muted"> — {a.marketName}{a.scenarioName ? `, ${a.scenarioName}` : ''}; saved {a.createdAt.slice(0, 10)} by {a.createdByName}</span>
              </label>
            ))}
            {err.savedAnalysisIds ? <p id="analyses-error" className="field-error">{err.savedAnalysisIds.message}</p> : null}
          </fieldset>
        ) : null}
        {kind === 'audit-report' ? (
          <div className="row">
            <InputField form={form} name="from" label="From" hint="Leave empty for the first event." type="date" />
            <InputField form={form} name="to" label="To" hint="Leave empty for the latest event." type="date" />
          </div>
        ) : null}
        <SubmitButton className="primary" pending={pending} pendingLabel="Starting…">
          Generate PDF
        </SubmitButton>
      </form>
      {jobs.length ? (
        <div style={{ marginTop: '1rem' }}>
          {jobs.map((j) => <JobProgress key={j.id} caseId={props.caseId} initial={j} />)}
        </div>
      ) : null}
    </>
  );
}
