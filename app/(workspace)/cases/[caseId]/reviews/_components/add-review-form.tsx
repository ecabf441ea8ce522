'use client';

import { useRouter } from 'next/navigation';
import { InputField, SelectField } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/form-buttons';
import { useActionForm } from '@/app/_components/use-action-form';
import { AUTHORITY_LABELS, REVIEW_AUTHORITIES, reviewSchema, US_AGENCIES, US_AGENCY_LABELS, type ReviewAuthority } from '@/lib/reviews/schemas';
import { createReviewAction } from '../actions';
import styles from './reviews.module.css';

/** Opens a review by an authority not yet reviewing the case ("other" can be added many times). */
export function AddReviewForm({ caseId, taken }: { caseId: string; taken: ReviewAuthority[] }) {
  const router = useRouter();
  const choices = REVIEW_AUTHORITIES.filter((a) => a === 'other' || !taken.includes(a));
  const { form, onSubmit, banner, pending } = useActionForm({
    schema: reviewSchema,
    raw: true,
    defaultValues: { authority: choices[0], authorityName: '', clearingAgency: '' as never, caseNumber: '', note: '' },
    submit: (values) => createReviewAction(caseId, values),
    onSuccess: (_, values) => {
      form.reset({ authority: choices.find((c) => c !== values.authority) ?? 'other', authorityName: '', clearingAgency: '' as never, caseNumber: '', note: '' });
      router.refresh();
    },
  });
  const authority = form.watch('authority');
  return (
    <form onSubmit={onSubmit} noValidate className={styles.inlineForm} aria-label="Add a review">
      {banner}
      <div className="row">
        <SelectField form={form} name="authority" label="Authority" options={choices} optionLabels={{ ...AUTHORITY_LABELS, other: 'Other authority (deadlines entered by hand)' }} />
        {authority === 'other' ? (
          <InputField form={form} name="authorityName" label="Authority name" hint="e.g. Japan JFTC, Brazil CADE" />
        ) : null}
        {authority === 'eu-commission' ? (
          <InputField form={form} name="caseNumber" label="Commission case number" hint="Optional until assigned, e.g. M.12345" />
        ) : null}
        {authority === 'us-hsr' ? (
          <SelectField form={form} name="clearingAgency" label="Clearing agency" hint="Once clearance is decided" empty="Not yet cleared to an agency" options={US_AGENCIES} optionLabels={US_AGENCY_LABELS} />
        ) : null}
        <SubmitButton className="primary" style={{ marginBottom: '0.8rem' }} pending={pending}>
          Add review
        </SubmitButton>
      </div>
    </form>
  );
}
