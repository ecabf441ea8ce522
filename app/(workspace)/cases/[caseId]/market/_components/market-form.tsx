'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ConflictNotice } from '@/app/_components/conflict-notice';
import { Field } from '@/app/_components/field';
import type { ConflictInfo } from '@/lib/errors';
import { MC_DISTRIBUTIONS, METRICS, METRIC_LABELS, marketSchema, type MarketInput } from '@/lib/markets/schemas';
import { createMarketAction, updateMarketAction } from '../actions';
import styles from './market.module.css';

const LABELS = {
  name: 'Market name',
  definition: 'Definition',
  metric: 'Metric',
  geographicScope: 'Geographic scope',
  asOf: 'As of',
  includeNonOperational: 'Counts non-operational capacity',
  mcDraws: 'Draws',
  mcSeed: 'Seed',
  mcDistribution: 'Distribution',
};

const EMPTY: MarketInput = {
  name: '',
  definition: '',
  metric: 'compute',
  geographicScope: 'Worldwide',
  asOf: '',
  includeNonOperational: false,
  mcDraws: 10_000,
  mcSeed: 1,
  mcDistribution: 'uniform',
};

/** Creates a market, or edits one over the version the user opened (edit: marketId and version given). */
export function MarketForm(props: { caseId: string; submitLabel: string; marketId?: string; version?: number; initial?: MarketInput }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  const [version, setVersion] = useState(props.version ?? 0);
  const form = useForm<MarketInput>({ resolver: zodResolver(marketSchema) as never, defaultValues: props.initial ?? EMPTY });
  const err = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const res = props.marketId
      ? await updateMarketAction(props.caseId, props.marketId, { ...values, version })
      : await createMarketAction(props.caseId, values);
    if (res.ok) {
      setConflict(null);
      const id = props.marketId ?? (res.data as { id: string }).id;
      router.push(`/cases/${props.caseId}/market/${id}`);
      router.refresh();
      return;
    }
    setFormError(res.message);
    if (res.conflict) setConflict(res.conflict);
    for (const [k, m] of Object.entries(res.fieldErrors ?? {})) form.setError(k as keyof MarketInput, { message: m });
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      {conflict ? (
        <ConflictNotice
          conflict={conflict}
          labels={LABELS}
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
      <div className="grid-2">
        <Field label={LABELS.name} error={err.name?.message}>
          {(p) => <input {...p} {...form.register('name')} />}
        </Field>
        <Field label={LABELS.metric} hint="Compute = count × TFLOP/s ÷ 989.4." error={err.metric?.message}>
          {(p) => (
            <select {...p} {...form.register('metric')}>
              {METRICS.map((m) => (
                <option key={m} value={m}>
                  {METRIC_LABELS[m]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={LABELS.geographicScope} error={err.geographicScope?.message}>
          {(p) => <input {...p} {...form.register('geographicScope')} />}
        </Field>
        <Field label={LABELS.asOf} error={err.asOf?.message}>
          {(p) => <input {...p} type="date" {...form.register('asOf')} />}
        </Field>
      </div>
      <Field label={LABELS.definition} hint="The product and the customers it serves, as you would put it to the authority." error={err.definition?.message}>
        {(p) => <textarea {...p} {...form.register('definition')} />}
      </Field>
      <div className={styles.check}>
        <input id="include-non-operational" type="checkbox" {...form.register('includeNonOperational')} aria-describedby="include-non-operational-hint" />
        <label htmlFor="include-non-operational">Count capacity under construction and planned</label>
        <p id="include-non-operational-hint" className={styles.hint}>
          Off: only operational clusters count towards shares. The excluded clusters stay listed, marked “not counted”.
        </p>
      </div>
      <fieldset className={styles.fieldset}>
        <legend>Monte Carlo over the low–high estimates</legend>
        <div className="row">
          <Field label={LABELS.mcDraws} hint="100 to 100,000." error={err.mcDraws?.message}>
            {(p) => <input {...p} inputMode="numeric" {...form.register('mcDraws')} />}
          </Field>
          <Field label={LABELS.mcSeed} hint="Same seed, same figures." error={err.mcSeed?.message}>
            {(p) => <input {...p} inputMode="numeric" {...form.register('mcSeed')} />}
          </Field>
          <Field label={LABELS.mcDistribution} error={err.mcDistribution?.message}>
            {(p) => (
              <select {...p} {...form.register('mcDistribution')}>
                {MC_DISTRIBUTIONS.map((d) => (
                  <option key={d} value={d}>
                    {d === 'uniform' ? 'Uniform between low and high' : 'Triangular, peaking at central'}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </fieldset>
      <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? 'Saving…' : props.submitLabel}
      </button>
    </form>
  );
}
