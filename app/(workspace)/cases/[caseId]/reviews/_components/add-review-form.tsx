'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field } from '@/app/_components/field';
import { AUTHORITY_LABELS, REVIEW_AUTHORITIES, reviewSchema, US_AGENCIES, US_AGENCY_LABELS, type ReviewAuthority, type ReviewInput } from '@/lib/reviews/schemas';
import { createReviewAction } from '../actions';
import styles from './reviews.module.css';

/** Opens a review by an authority not yet reviewing the case ("other" can be added many times). */
export function AddReviewForm({ caseId, taken }: { caseId: string; taken: ReviewAuthority[] }) {
  const router = useRouter();
  const choices = REVIEW_AUTHORITIES.filter((a) => a === 'other' || !taken.includes(a));
  const [error, setError] = useState<string | null>(null);
  const form = useForm<ReviewInput>({
    resolver: zodResolver(reviewSchema, undefined, { raw: true }) as never,
    defaultValues: { authority: choices[0], authorityName: '', clearingAgency: '' as never, caseNumber: '', note: '' },
  });
  const err = form.formState.errors;
  const authority = form.watch('authority');
  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const res = await createReviewAction(caseId, values);
    if (res.ok) {
      form.reset({ authority: choices.find((c) => c !== values.authority) ?? 'other', authorityName: '', clearingAgency: '' as never, caseNumber: '', note: '' });
      router.refresh();
      return;
    }
    setError(res.message);
    for (const [k, m] of Object.entries(res.fieldErrors ?? {})) form.setError(k as keyof ReviewInput, { message: m });
  });
  return (
    <form onSubmit={onSubmit} noValidate className={styles.inlineForm} aria-label="Add a review">
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="row">
        <Field label="Authority" error={err.authority?.message}>
          {(p) => (
            <select {...p} {...form.register('authority')}>
              {choices.map((a) => (
                <option key={a} value={a}>
                  {a === 'other' ? 'Other authority (deadlines entered by hand)' : AUTHORITY_LABELS[a]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {authority === 'other' ? (
          <Field label="Authority name" hint="e.g. UK CMA, China SAMR" error={err.authorityName?.message}>
            {(p) => <input {...p} {...form.register('authorityName')} />}
          </Field>
        ) : null}
        {authority === 'eu-commission' ? (
          <Field label="Commission case number" hint="Optional until assigned, e.g. M.12345" error={err.caseNumber?.message}>
            {(p) => <input {...p} {...form.register('caseNumber')} />}
          </Field>
        ) : null}
        {authority === 'us-hsr' ? (
          <Field label="Clearing agency" hint="Once clearance is decided" error={err.clearingAgency?.message}>
            {(p) => (
              <select {...p} {...form.register('clearingAgency')}>
                <option value="">Not yet cleared to an agency</option>
                {US_AGENCIES.map((a) => (
                  <option key={a} value={a}>
                    {US_AGENCY_LABELS[a]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <button type="submit" className="primary" style={{ marginBottom: '0.8rem' }} disabled={form.formState.isSubmitting}>
          Add review
        </button>
      </div>
    </form>
  );
}
