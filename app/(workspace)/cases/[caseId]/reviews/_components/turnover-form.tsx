'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ConflictNotice } from '@/app/_components/conflict-notice';
import { Field } from '@/app/_components/field';
import type { ConflictInfo } from '@/lib/errors';
import { turnoverSchema, type TurnoverInput } from '@/lib/reviews/schemas';
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
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  const [version, setVersion] = useState(row.version);
  const form = useForm<TurnoverInput>({
    resolver: zodResolver(turnoverSchema, undefined, { raw: true }) as never,
    defaultValues: {
      partyId: row.partyId,
      version: row.version,
      worldwideEurM: plain(row.worldwideEurM),
      euEurM: plain(row.euEurM),
      byMemberState: Object.entries(row.byMemberState).map(([k, v]) => `${k} ${v}`).join('\n'),
      byMemberStateComplete: row.byMemberStateComplete,
    },
  });
  const err = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const res = await saveTurnoverAction(caseId, { ...values, version });
    if (res.ok) {
      setVersion(res.data.version);
      setConflict(null);
      onClose();
      router.refresh();
      return;
    }
    if (res.conflict) setConflict(res.conflict);
    else setFormError(res.message);
    for (const [k, m] of Object.entries(res.fieldErrors ?? {})) form.setError(k as keyof TurnoverInput, { message: m });
  });
  return (
    <form onSubmit={onSubmit} noValidate className={styles.inlineForm} aria-label={`Turnover of ${row.name}`}>
      {conflict ? (
        <ConflictNotice
          conflict={conflict}
          labels={{ worldwideEurM: 'Worldwide (€m)', euEurM: 'EU-wide (€m)', byMemberState: 'By Member State' }}
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
        <Field label="Worldwide turnover (€ million)" hint="Leave empty if not yet known." error={err.worldwideEurM?.message}>
          {(p) => <input {...p} inputMode="decimal" {...form.register('worldwideEurM')} />}
        </Field>
        <Field label="EU-wide turnover (€ million)" hint="Leave empty if not yet known." error={err.euEurM?.message}>
          {(p) => <input {...p} inputMode="decimal" {...form.register('euEurM')} />}
        </Field>
        <Field label="Turnover by Member State (€ million)" hint="One per line, e.g. DE 2000" error={err.byMemberState?.message}>
          {(p) => <textarea {...p} rows={4} {...form.register('byMemberState')} style={{ minHeight: '5.5rem' }} />}
        </Field>
      </div>
      <label className={styles.checkbox}>
        <input type="checkbox" {...form.register('byMemberStateComplete')} /> The list by Member State is complete (states not listed: no turnover)
      </label>
      <div className="row" style={{ marginBottom: '0.8rem' }}>
        <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
          Save figures
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
