'use client';

import { useRouter } from 'next/navigation';
import { Field, InputField } from '@/app/_components/field';
import { FormButtons } from '@/app/_components/form-buttons';
import { useActionForm } from '@/app/_components/use-action-form';
import { turnoverSchema } from '@/lib/reviews/schemas';
import { saveTurnoverAction } from '../actions';
import styles from './reviews.module.css';

export interface TurnoverRow {
  partyId: string;
  name: string;
  worldwideEurM: string | null;
  euEurM: string | null;
  byMemberState: Record<string, number>;
  byMemberStateComplete: boolean;
  version: number | null;
}

const plain = (v: string | null) => (v === null ? '' : String(Number(v)));

/** Turnover figures of one party (€ millions) for the Art. 1 check. */
export function TurnoverForm({ caseId, row, onClose }: { caseId: string; row: TurnoverRow; onClose: () => void }) {
  const router = useRouter();
  const { form, onSubmit, banner, pending, setVersion } = useActionForm({
    schema: turnoverSchema,
    raw: true,
    defaultValues: {
      partyId: row.partyId,
      version: row.version,
      worldwideEurM: plain(row.worldwideEurM),
      euEurM: plain(row.euEurM),
      byMemberState: Object.entries(row.byMemberState).map(([k, v]) => `${k} ${v}`).join('\n'),
      byMemberStateComplete: row.byMemberStateComplete,
    },
    version: row.version,
    conflictLabels: { worldwideEurM: 'Worldwide (€m)', euEurM: 'EU-wide (€m)', byMemberState: 'By Member State' },
    submit: (values, version) => saveTurnoverAction(caseId, { ...values, version }),
    onSuccess: (data) => {
      setVersion(data.version);
      onClose();
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className={styles.inlineForm} aria-label={`Turnover of ${row.name}`}>
      {banner}
      <div className="row">
        <InputField form={form} name="worldwideEurM" label="Worldwide turnover (€ million)" hint="Leave empty if not yet known." inputMode="decimal" />
        <InputField form={form} name="euEurM" label="EU-wide turnover (€ million)" hint="Leave empty if not yet known." inputMode="decimal" />
        <Field label="Turnover by Member State (€ million)" hint="One per line, e.g. DE 2000" error={form.formState.errors.byMemberState?.message}>
          {(p) => <textarea {...p} rows={4} {...form.register('byMemberState')} style={{ minHeight: '5.5rem' }} />}
        </Field>
      </div>
      <label className={styles.checkbox}>
        <input type="checkbox" {...form.register('byMemberStateComplete')} /> The list by Member State is complete (states not listed: no turnover)
      </label>
      <FormButtons label="Save figures" pending={pending} onCancel={onClose} style={{ marginBottom: '0.8rem' }} />
    </form>
  );
}
