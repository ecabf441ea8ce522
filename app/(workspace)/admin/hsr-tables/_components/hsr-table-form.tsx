'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { ConflictNotice } from '@/app/_components/conflict-notice';
import { Field } from '@/app/_components/field';
import type { ConflictInfo } from '@/lib/errors';
import { hsrTableSchema, type HsrTableInput } from '@/lib/reviews/schemas';
import { saveHsrTableAction } from '../actions';

const TIER_INPUT = { font: 'inherit', padding: '0.35rem 0.5rem', border: '1px solid #aab3c2', borderRadius: 5, width: '100%', maxWidth: '14rem' } as const;

type Values = HsrTableInput & { feeTiers: Array<{ fromUsd: string; belowUsd: string; feeUsd: string; verified: boolean }> };

export function HsrTableForm({ initial, isNew }: { initial: Values; isNew: boolean }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  const [version, setVersion] = useState<number | null>((initial.version as number | null | undefined) ?? null);
  const form = useForm<Values>({ resolver: zodResolver(hsrTableSchema, undefined, { raw: true }) as never, defaultValues: initial });
  const tiers = useFieldArray({ control: form.control, name: 'feeTiers' });
  const err = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const res = await saveHsrTableAction({ ...values, version });
    if (res.ok) {
      router.push('/admin/hsr-tables?saved=1');
      router.refresh();
      return;
    }
    if (res.conflict) setConflict(res.conflict);
    else setFormError(res.message);
    for (const [k, m] of Object.entries(res.fieldErrors ?? {})) form.setError(k as keyof Values, { message: m });
  });
  const tierError = (i: number, key: 'fromUsd' | 'belowUsd' | 'feeUsd') => err.feeTiers?.[i]?.[key]?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="card" aria-label="HSR thresholds and fees">
      {conflict ? (
        <ConflictNotice conflict={conflict} labels={{ effectiveFrom: 'In force from', source: 'Source' }} onOverride={() => { setVersion(conflict.currentVersion); setConflict(null); }} />
      ) : formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="row">
        <Field label="Year" error={err.year?.message}>
          {(p) => <input {...p} inputMode="numeric" readOnly={!isNew} {...form.register('year')} />}
        </Field>
        <Field label="In force from" error={err.effectiveFrom?.message}>
          {(p) => <input {...p} type="date" {...form.register('effectiveFrom')} />}
        </Field>
        <Field label="Source" hint="The FTC’s Federal Register notice" error={err.source?.message}>
          {(p) => <input {...p} {...form.register('source')} style={{ minWidth: '26rem' }} />}
        </Field>
      </div>
      <div className="row">
        <Field label="Size of transaction ($)" error={err.sizeOfTransactionUsd?.message}>
          {(p) => <input {...p} inputMode="numeric" {...form.register('sizeOfTransactionUsd')} />}
        </Field>
        <Field label="Size of person, smaller ($)" error={err.sizeOfPersonSmallerUsd?.message}>
          {(p) => <input {...p} inputMode="numeric" {...form.register('sizeOfPersonSmallerUsd')} />}
        </Field>
        <Field label="Size of person, larger ($)" error={err.sizeOfPersonLargerUsd?.message}>
          {(p) => <input {...p} inputMode="numeric" {...form.register('sizeOfPersonLargerUsd')} />}
        </Field>
        <Field label="No size-of-person test above ($)" error={err.noSizeOfPersonAboveUsd?.message}>
          {(p) => <input {...p} inputMode="numeric" {...form.register('noSizeOfPersonAboveUsd')} />}
        </Field>
      </div>
      <h2>Filing-fee tiers</h2>
      <p className="muted">Whole dollars. Write “unverified” for a boundary the source does not confirm, and leave the fee empty when it is unverified: the helper then says so rather than guessing. The last tier’s upper bound is “none”.</p>
      {err.feeTiers?.message || err.feeTiers?.root?.message ? (
        <p className="field-error" role="alert">
          {err.feeTiers?.message ?? err.feeTiers?.root?.message}
        </p>
      ) : null}
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Tier</th>
            <th scope="col">From ($, inclusive)</th>
            <th scope="col">Below ($)</th>
            <th scope="col">Fee ($)</th>
            <th scope="col">Verified</th>
          </tr>
        </thead>
        <tbody>
          {tiers.fields.map((f, i) => (
            <tr key={f.id}>
              <th scope="row">{i + 1}</th>
              {(['fromUsd', 'belowUsd', 'feeUsd'] as const).map((key) => (
                <td key={key}>
                  <input
                    aria-label={`Tier ${i + 1} ${key === 'fromUsd' ? 'from' : key === 'belowUsd' ? 'below' : 'fee'}`}
                    aria-invalid={!!tierError(i, key)}
                    inputMode="numeric"
                    style={TIER_INPUT}
                    {...form.register(`feeTiers.${i}.${key}`)}
                  />
                  {tierError(i, key) ? <p className="field-error">{tierError(i, key)}</p> : null}
                </td>
              ))}
              <td>
                <input type="checkbox" aria-label={`Tier ${i + 1} verified`} {...form.register(`feeTiers.${i}.verified`)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row" style={{ marginTop: '1rem' }}>
        <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
          {isNew ? 'Add table' : 'Save corrections'}
        </button>
        <a className="button" href="/admin/hsr-tables">
          Cancel
        </a>
      </div>
    </form>
  );
}
