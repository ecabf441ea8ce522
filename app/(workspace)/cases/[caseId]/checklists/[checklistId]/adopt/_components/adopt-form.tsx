'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { SubmitButton } from '@/app/_components/form-buttons';
import { adoptTemplateSchema } from '@/lib/checklists/schemas';
import { adoptTemplateAction } from '../../../actions';

/**
 * One button: the plan above is what it does. The action refuses it if the checklist or any item
 * changed after this page was opened; then the only sensible step is to review the plan again, so
 * a refusal offers a reload rather than the usual "keep my input" (there is no input to keep).
 */
export function AdoptForm(props: { caseId: string; checklistId: string; toVersion: number; version: number; itemsStamp: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ text: string; stale: boolean } | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const input = adoptTemplateSchema.safeParse({ checklistId: props.checklistId, toVersion: props.toVersion, version: props.version, itemsStamp: props.itemsStamp });
    if (!input.success) return setError({ text: input.error.issues[0].message, stale: true });
    setPending(true);
    const res = await adoptTemplateAction(props.caseId, input.data);
    setPending(false);
    if (res.ok) return router.push(`/cases/${props.caseId}/checklists/${props.checklistId}?adopted=${props.toVersion}`);
    if (res.conflict) {
      const at = res.conflict.changedAt.replace('T', ' ').slice(0, 16);
      return setError({ text: `Not adopted: ${res.conflict.changedBy} changed this checklist at ${at} UTC, after you opened this page. Review the changes again before adopting.`, stale: true });
    }
    setError({ text: res.message, stale: false });
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Adopt template version">
      {error ? (
        <div className="form-error" role="alert">
          <p style={{ margin: 0 }}>{error.text}</p>
          {error.stale ? (
            <button type="button" onClick={() => router.refresh()}>
              Review the changes again
            </button>
          ) : null}
        </div>
      ) : null}
      <SubmitButton pending={pending} pendingLabel="Adopting…">
        Adopt version {props.toVersion}
      </SubmitButton>
    </form>
  );
}
