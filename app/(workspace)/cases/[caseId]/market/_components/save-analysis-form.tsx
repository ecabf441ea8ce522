'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { InputField } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/form-buttons';
import { useActionForm } from '@/app/_components/use-action-form';
import { saveAnalysisSchema } from '@/lib/markets/schemas';
import { saveAnalysisAction } from '../actions';

/** Freezes the scenario's analysis as it stands, for filings to cite. */
export function SaveAnalysisForm(props: { caseId: string; marketId: string; scenarioId: string; defaultTitle: string }) {
  const router = useRouter();
  const [saved, setSaved] = useState<{ id: string; inputsSha256: string } | null>(null);
  const { form, onSubmit, banner, pending } = useActionForm({
    schema: saveAnalysisSchema,
    defaultValues: { scenarioId: props.scenarioId, title: props.defaultTitle },
    submit: (values) => saveAnalysisAction(props.caseId, props.marketId, { ...values, scenarioId: props.scenarioId }),
    onSuccess: (data) => {
      setSaved(data);
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="card" aria-label="Save this analysis">
      <h3 style={{ marginTop: 0 }}>Save this analysis</h3>
      <p className="muted">
        Freezes the inputs (market, catalogue figures, clusters, scenario, Monte Carlo settings) and the results with a SHA-256 of the inputs. A saved analysis
        never changes; it is what filings cite.
      </p>
      {banner}
      {saved ? (
        <p className="notice" role="status">
          Saved. <Link href={`/cases/${props.caseId}/market/analyses/${saved.id}`}>View the saved analysis</Link> (inputs SHA-256{' '}
          <span className="mono">{saved.inputsSha256.slice(0, 12)}…</span>).
        </p>
      ) : null}
      <div className="row">
        <InputField form={form} name="title" label="Title" style={{ minWidth: '24rem' }} />
        <SubmitButton className="primary" style={{ marginBottom: '0.8rem' }} pending={pending} pendingLabel="Saving…">
          Save analysis
        </SubmitButton>
      </div>
    </form>
  );
}
