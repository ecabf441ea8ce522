'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ConflictNotice } from '@/app/_components/conflict-notice';
import { Field } from '@/app/_components/field';
import type { ActionResult } from '@/lib/action-result';
import type { ConflictInfo } from '@/lib/errors';
import { firmSchema, type FirmInput } from '@/lib/markets/schemas';
import { addFirmAction, removeFirmAction, updateFirmAction } from '../actions';

type Firm = { id: string; name: string; ultimateParent: string; version: number; clusters: number };

function FirmForm(props: { initial?: FirmInput; version?: number; submitLabel: string; submit: (v: FirmInput, version?: number) => Promise<ActionResult<unknown>>; onDone: () => void; onCancel?: () => void }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  const [version, setVersion] = useState(props.version);
  const form = useForm<FirmInput>({ resolver: zodResolver(firmSchema) as never, defaultValues: props.initial ?? { name: '', ultimateParent: '' } });
  const err = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const res = await props.submit(values, version);
    if (res.ok) {
      setConflict(null);
      if (!props.initial) form.reset();
      props.onDone();
      return;
    }
    setFormError(res.message);
    if (res.conflict) setConflict(res.conflict);
    for (const [k, m] of Object.entries(res.fieldErrors ?? {})) form.setError(k as keyof FirmInput, { message: m });
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={props.submitLabel}>
      {conflict ? (
        <ConflictNotice
          conflict={conflict}
          labels={{ name: 'Firm', ultimateParent: 'Ultimate parent' }}
          onOverride={() => {
            setVersion(conflict.currentVersion);
            setConflict(null);
            setFormError('You are now editing over their version. Check the fields and save again.');
          }}
        />
      ) : formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="row">
        <Field label="Firm name" error={err.name?.message}>
          {(p) => <input {...p} {...form.register('name')} />}
        </Field>
        <Field label="Ultimate parent" error={err.ultimateParent?.message}>
          {(p) => <input {...p} {...form.register('ultimateParent')} />}
        </Field>
        <button type="submit" className="primary" style={{ marginBottom: '0.8rem' }} disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? 'Saving…' : props.submitLabel}
        </button>
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
                      <button
                        type="button"
                        className="danger"
                        aria-label={`Remove firm ${f.name}`}
                        onClick={async () => {
                          if (!window.confirm(`Remove ${f.name} from this market?`)) return;
                          const res = await removeFirmAction(props.caseId, props.marketId, f.id);
                          setError(res.ok ? null : res.message);
                          router.refresh();
                        }}
                      >
                        Remove
                      </button>
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
