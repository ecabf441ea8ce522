'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ConflictNotice } from '@/app/_components/conflict-notice';
import { Field } from '@/app/_components/field';
import type { ConflictInfo } from '@/lib/errors';
import { reviewSchema, US_AGENCIES, US_AGENCY_LABELS, type ReviewAuthority, type ReviewInput } from '@/lib/reviews/schemas';
import { removeReviewAction, updateReviewAction } from '../actions';
import styles from './reviews.module.css';

interface Props {
  caseId: string;
  review: { id: string; title: string; authority: ReviewAuthority; authorityName: string; clearingAgency: string | null; caseNumber: string; note: string; version: number; eventCount: number };
}

/** Edit the review's own details (agency, case number, name) or remove the review. */
export function ReviewDetails({ caseId, review }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  const [version, setVersion] = useState(review.version);
  const form = useForm<ReviewInput>({
    resolver: zodResolver(reviewSchema, undefined, { raw: true }) as never,
    defaultValues: { authority: review.authority, authorityName: review.authorityName, clearingAgency: (review.clearingAgency ?? '') as never, caseNumber: review.caseNumber, note: review.note },
  });
  const err = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const res = await updateReviewAction(caseId, { ...values, reviewId: review.id, version });
    if (res.ok) {
      setVersion(res.data.version);
      setConflict(null);
      setOpen(false);
      router.refresh();
      return;
    }
    if (res.conflict) setConflict(res.conflict);
    else setFormError(res.message);
    for (const [k, m] of Object.entries(res.fieldErrors ?? {})) form.setError(k as keyof ReviewInput, { message: m });
  });
  const remove = async () => {
    const what = review.eventCount ? ` and its ${review.eventCount} recorded event${review.eventCount === 1 ? '' : 's'}` : '';
    if (!window.confirm(`Remove the review by ${review.title}${what}? The removal is recorded in the case’s activity.`)) return;
    const res = await removeReviewAction(caseId, review.id, version);
    if (!res.ok) setFormError(res.message);
    router.refresh();
  };
  return (
    <>
      <span className={styles.actions}>
        <button type="button" aria-expanded={open} onClick={() => setOpen((v) => !v)} aria-label={`Edit details of ${review.title}`}>
          Edit details
        </button>
        <button type="button" className="danger" onClick={remove} aria-label={`Remove review by ${review.title}`}>
          Remove review
        </button>
      </span>
      {formError && !open ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      {open ? (
        <form onSubmit={onSubmit} noValidate className={styles.inlineForm} aria-label={`Details of ${review.title}`} style={{ flexBasis: '100%' }}>
          {conflict ? (
            <ConflictNotice
              conflict={conflict}
              labels={{ authorityName: 'Authority', clearingAgency: 'Clearing agency', caseNumber: 'Case number', note: 'Note' }}
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
            {review.authority === 'other' ? (
              <Field label="Authority" error={err.authorityName?.message}>
                {(p) => <input {...p} {...form.register('authorityName')} />}
              </Field>
            ) : null}
            {review.authority === 'us-hsr' ? (
              <Field label="Clearing agency" error={err.clearingAgency?.message}>
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
            {review.authority === 'eu-commission' ? (
              <Field label="Commission case number" hint="e.g. M.12345" error={err.caseNumber?.message}>
                {(p) => <input {...p} {...form.register('caseNumber')} />}
              </Field>
            ) : null}
            <Field label="Note" error={err.note?.message}>
              {(p) => <input {...p} {...form.register('note')} />}
            </Field>
          </div>
          <div className="row" style={{ marginBottom: '0.8rem' }}>
            <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
              Save details
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </>
  );
}
