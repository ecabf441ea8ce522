'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field } from '@/app/_components/field';
import { saveAnalysisSchema, type SaveAnalysisInput } from '@/lib/markets/schemas';
import { saveAnalysisAction } from '../actions';

/** Freezes the scenario's analysis as it stands, for filings to cite. */
export function SaveAnalysisForm(props: { caseId: string; marketId: string; scenarioId: string; defaultTitle: string }) {
  const router = useRouter();
  const [saved, setSaved] = useState<{ id: string; inputsSha256: string } | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SaveAnalysisInput>({
    resolver: zodResolver(saveAnalysisSchema) as never,
    defaultValues: { scenarioId: props.scenarioId, title: props.defaultTitle },
  });
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const res = await saveAnalysisAction(props.caseId, props.marketId, { ...values, scenarioId: props.scenarioId });
    if (res.ok) {
      setSaved(res.data);
      router.refresh();
      return;
    }
    setFormError(res.message);
    for (const [k, m] of Object.entries(res.fieldErrors ?? {})) form.setError(k as keyof SaveAnalysisInput, { message: m });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="card" aria-label="Save this analysis">
      <h3 style={{ marginTop: 0 }}>Save this analysis</h3>
      <p className="muted">
        Freezes the inputs (market, catalogue figures, clusters, scenario, Monte Carlo settings) and the results with a SHA-256 of the inputs. A saved analysis
        never changes; it is what filings cite.
      </p>
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      {saved ? (
        <p className="notice" role="status">
          Saved. <Link href={`/cases/${props.caseId}/market/analyses/${saved.id}`}>View the saved analysis</Link> (inputs SHA-256{' '}
          <span className="mono">{saved.inputsSha256.slice(0, 12)}…</span>).
        </p>
      ) : null}
      <div className="row">
        <Field label="Title" error={form.formState.errors.title?.message}>
          {(p) => <input {...p} style={{ minWidth: '24rem' }} {...form.register('title')} />}
        </Field>
        <button type="submit" className="primary" style={{ marginBottom: '0.8rem' }} disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? 'Saving…' : 'Save analysis'}
        </button>
      </div>
    </form>
  );
}
