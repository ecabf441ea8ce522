'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { InputField, SelectField } from '@/app/_components/field';
import { FormButtons } from '@/app/_components/form-buttons';
import { useActionForm } from '@/app/_components/use-action-form';
import { reviewSchema, US_AGENCIES, US_AGENCY_LABELS, type ReviewAuthority } from '@/lib/reviews/schemas';
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
  const { form, onSubmit, banner, pending, formError, setFormError, version, setVersion } = useActionForm({
    schema: reviewSchema,
    raw: true,
    defaultValues: { authority: review.authority, authorityName: review.authorityName, clearingAgency: (review.clearingAgency ?? '') as never, caseNumber: review.caseNumber, note: review.note },
    version: review.version,
    conflictLabels: { authorityName: 'Authority', clearingAgency: 'Clearing agency', caseNumber: 'Case number', note: 'Note' },
    conflictValueLabels: { clearingAgency: US_AGENCY_LABELS },
    submit: (values, version) => updateReviewAction(caseId, { ...values, reviewId: review.id, version }),
    onSuccess: (data) => {
      setVersion(data.version);
      setOpen(false);
      router.refresh();
    },
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
          {banner}
          <div className="row">
            {review.authority === 'other' ? (
              <InputField form={form} name="authorityName" label="Authority" />
            ) : null}
            {review.authority === 'us-hsr' ? (
              <SelectField form={form} name="clearingAgency" label="Clearing agency" empty="Not yet cleared to an agency" options={US_AGENCIES} optionLabels={US_AGENCY_LABELS} />
            ) : null}
            {review.authority === 'eu-commission' ? (
              <InputField form={form} name="caseNumber" label="Commission case number" hint="e.g. M.12345" />
            ) : null}
            <InputField form={form} name="note" label="Note" />
          </div>
          <FormButtons label="Save details" pending={pending} onCancel={() => setOpen(false)} style={{ marginBottom: '0.8rem' }} />
        </form>
      ) : null}
    </>
  );
}
