'use client';

import { useRouter } from 'next/navigation';
import { Field, InputField, SelectField } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/form-buttons';
import { useActionForm } from '@/app/_components/use-action-form';
import type { ActionResult } from '@/lib/core/action-result';
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

const DISTRIBUTION_LABELS: Record<(typeof MC_DISTRIBUTIONS)[number], string> = { uniform: 'Uniform between low and high', triangular: 'Triangular, peaking at central' };

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
  const { form, onSubmit, banner, pending } = useActionForm({
    schema: marketSchema,
    defaultValues: props.initial ?? EMPTY,
    version: props.version ?? 0,
    conflictLabels: LABELS,
    conflictValueLabels: { metric: METRIC_LABELS },
    submit: (values, version): Promise<ActionResult<unknown>> =>
      props.marketId ? updateMarketAction(props.caseId, props.marketId, { ...values, version }) : createMarketAction(props.caseId, values),
    onSuccess: (data) => {
      const id = props.marketId ?? (data as { id: string }).id;
      router.push(`/cases/${props.caseId}/market/${id}`);
      router.refresh();
    },
  });
  const err = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate>
      {banner}
      <div className="grid-2">
        <InputField form={form} name="name" label={LABELS.name} />
        <SelectField form={form} name="metric" label={LABELS.metric} hint="Compute = count × TFLOP/s ÷ 989.4." options={METRICS} optionLabels={METRIC_LABELS} />
        <InputField form={form} name="geographicScope" label={LABELS.geographicScope} />
        <InputField form={form} name="asOf" label={LABELS.asOf} type="date" />
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
          <InputField form={form} name="mcDraws" label={LABELS.mcDraws} hint="100 to 100,000." inputMode="numeric" />
          <InputField form={form} name="mcSeed" label={LABELS.mcSeed} hint="Same seed, same figures." inputMode="numeric" />
          <SelectField form={form} name="mcDistribution" label={LABELS.mcDistribution} options={MC_DISTRIBUTIONS} optionLabels={DISTRIBUTION_LABELS} />
        </div>
      </fieldset>
      <SubmitButton className="primary" pending={pending} pendingLabel="Saving…">
        {props.submitLabel}
      </SubmitButton>
    </form>
  );
}
