'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { InputField } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/form-buttons';
import { useActionForm } from '@/app/_components/use-action-form';
import type { ActionResult } from '@/lib/core/action-result';
import { firmSchema, type FirmInput } from '@/lib/markets/schemas';
import { addFirmAction, removeFirmAction, updateFirmAction } from '../actions';
import { ConfirmButton } from '@/app/_components/confirm-button';

type Firm = { id: string; name: string; ultimateParent: string; version: number; clusters: number };

function FirmForm(props: { initial?: FirmInput; version?: number; submitLabel: string; submit: (v: FirmInput, version?: number) => Promise<ActionResult<unknown>>; onDone: () => void; onCancel?: () => void }) {
  const { form, onSubmit, banner, pending } = useActionForm({
    schema: firmSchema,
    defaultValues: props.initial ?? { name: '', ultimateParent: '' },
    version: props.version,
    conflictLabels: { name: 'Firm', ultimateParent: 'Ultimate parent' },
    submit: props.submit,
    resetOnSuccess: !props.initial,
    onSuccess: props.onDone,
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={props.submitLabel}>
      {banner}
      <div className="row">
        <InputField form={form} name="name" label="Firm name" />
        <InputField form={form} name="ultimateParent" label="Ultimate parent" />
        <SubmitButton className="primary" style={{ marginBottom: '0.8rem' }} pending={pending} pendingLabel="Saving…">
          {props.submitLabel}
        </SubmitButton>
        {props.onCancel ? (
          <button type="button" style={{ marginBottom: '0.8rem' }} onClick={props.onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** Firms of the market with their ultimate parents; a firm still holding clusters cannot be removed. */
export function FirmEditor(props: { caseId: string; marketId: string; firms: Firm[]; editable: boolean }) {
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {props.firms.length === 0 ? <p className="muted">No firms yet. Importing clusters creates the firms they name.</p> : null}
      {props.firms.length ? (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Firm</th>
              <th scope="col">Ultimate parent</th>
              <th scope="col" className="num">
                Clusters
              </th>
              {props.editable ? <th scope="col">Actions</th> : null}
            </tr>
          </thead>
          <tbody>
            {props.firms.map((f) =>
              editing === f.id ? (
                <tr key={f.id}>
                  <td colSpan={4}>
                    <FirmForm
                      initial={{ name: f.name, ultimateParent: f.ultimateParent }}
                      version={f.version}
                      submitLabel="Save firm"
                      submit={(v, version) => updateFirmAction(props.caseId, props.marketId, { ...v, firmId: f.id, version: version ?? f.version })}
                      onDone={() => {
                        setEditing(null);
                        router.refresh();
                      }}
                      onCancel={() => setEditing(null)}
                    />
                  </td>
                </tr>
              ) : (
                <tr key={f.id}>
                  <td>{f.name}</td>
                  <td>{f.ultimateParent || '—'}</td>
                  <td className="num">{f.clusters}</td>
                  {props.editable ? (
                    <td>
                      <button type="button" onClick={() => setEditing(f.id)} aria-label={`Edit firm ${f.name}`}>
                        Edit
                      </button>{' '}
                      <ConfirmButton label="Remove" aria-label={`Remove firm ${f.name}`} confirmText={`Remove ${f.name} from this market?`} run={() => removeFirmAction(props.caseId, props.marketId, f.id, f.version)} onError={setError} />
                    </td>
                  ) : null}
                </tr>
              ),
            )}
          </tbody>
        </table>
      ) : null}
      {props.editable ? (
        <>
          <h3>Add a firm</h3>
          <FirmForm submitLabel="Add firm" submit={(v) => addFirmAction(props.caseId, props.marketId, v)} onDone={() => router.refresh()} />
        </>
      ) : null}
    </>
  );
}
