'use client';

import { useRouter } from 'next/navigation';
import { useFieldArray } from 'react-hook-form';
import { InputField } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/form-buttons';
import { useActionForm } from '@/app/_components/use-action-form';
import { hsrTableSchema, type HsrTableInput } from '@/lib/reviews/schemas';
import { saveHsrTableAction } from '../actions';

const TIER_INPUT = { font: 'inherit', padding: '0.35rem 0.5rem', border: '1px solid #aab3c2', borderRadius: 5, width: '100%', maxWidth: '14rem' } as const;

type Values = HsrTableInput & { feeTiers: Array<{ fromUsd: string; belowUsd: string; feeUsd: string; verified: boolean }> };

export function HsrTableForm({ initial, isNew }: { initial: Values; isNew: boolean }) {
  const router = useRouter();
  const { form, onSubmit, banner, pending } = useActionForm({
    schema: hsrTableSchema,
    raw: true,
    defaultValues: initial,
    version: (initial.version as number | null | undefined) ?? null,
    conflictLabels: { effectiveFrom: 'In force from', source: 'Source' },
    overrideMessage: null,
    submit: (values, version) => saveHsrTableAction({ ...values, version }),
    onSuccess: () => {
      router.push('/admin/hsr-tables?saved=1');
      router.refresh();
    },
  });
  const tiers = useFieldArray({ control: form.control, name: 'feeTiers' });
  const err = form.formState.errors;
  const tierError = (i: number, key: 'fromUsd' | 'belowUsd' | 'feeUsd') => err.feeTiers?.[i]?.[key]?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="card" aria-label="HSR thresholds and fees">
      {banner}
      <div className="row">
        <InputField form={form} name="year" label="Year" inputMode="numeric" readOnly={!isNew} />
        <InputField form={form} name="effectiveFrom" label="In force from" type="date" />
        <InputField form={form} name="source" label="Source" hint="The FTC’s Federal Register notice" style={{ minWidth: '26rem' }} />
      </div>
      <div className="row">
        <InputField form={form} name="sizeOfTransactionUsd" label="Size of transaction ($)" inputMode="numeric" />
        <InputField form={form} name="sizeOfPersonSmallerUsd" label="Size of person, smaller ($)" inputMode="numeric" />
        <InputField form={form} name="sizeOfPersonLargerUsd" label="Size of person, larger ($)" inputMode="numeric" />
        <InputField form={form} name="noSizeOfPersonAboveUsd" label="No size-of-person test above ($)" inputMode="numeric" />
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
        <SubmitButton className="primary" pending={pending}>
          {isNew ? 'Add table' : 'Save corrections'}
        </SubmitButton>
        <a className="button" href="/admin/hsr-tables">
          Cancel
        </a>
      </div>
    </form>
  );
}
