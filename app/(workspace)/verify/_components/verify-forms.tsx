'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/form-buttons';
import type { ActionResult } from '@/lib/core/action-result';
import { verifyHashSchema, verifyUploadSchema, type VerifyHashInput } from '@/lib/documents/schemas';
import type { VerifyResult } from '@/lib/documents/verify-document';
import { verifyFileAction, verifyHashAction } from '../actions';
import { VerifyOutcome } from './verify-result';

type UploadValues = { file: FileList };

/** Upload a PDF or paste a SHA-256; both are checked against the register on the server. */
export function VerifyForms() {
  const [result, setResult] = useState<VerifyResult | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const upload = useForm<UploadValues>({ resolver: zodResolver(verifyUploadSchema) as never });
  const hash = useForm<VerifyHashInput>({ resolver: zodResolver(verifyHashSchema) as never, defaultValues: { sha256: '' } });

  const show = <T,>(res: ActionResult<VerifyResult>, form: { setError: (k: T, e: { message: string }) => void }, field: T) => {
    if (res.ok) {
      setResult(res.data);
      setFormError(null);
      return;
    }
    setResult(null);
    setFormError(res.message);
    const first = Object.values(res.fieldErrors ?? {})[0];
    if (first) form.setError(field, { message: first });
  };

  // An answer left on screen must belong to the input beside it.
  const clear = () => {
    setResult(null);
    setFormError(null);
  };
  const onUpload = upload.handleSubmit(async (values) => {
    clear();
    const data = new FormData();
    data.set('file', values.file[0]);
    show(await verifyFileAction(data), upload, 'file' as const);
  }, clear);
  const onHash = hash.handleSubmit(async (values) => {
    clear();
    show(await verifyHashAction(values), hash, 'sha256' as const);
  }, clear);

  return (
    <>
      <div className="grid-2">
        <form className="card" onSubmit={onUpload} noValidate aria-labelledby="verify-upload">
          <h2 id="verify-upload" style={{ marginTop: 0 }}>Upload a PDF</h2>
          <Field label="PDF file" error={upload.formState.errors.file?.message} hint="Up to 25 MB. The file is hashed on the server and not kept.">
            {(p) => <input type="file" accept="application/pdf,.pdf" {...p} {...upload.register('file')} />}
          </Field>
          <SubmitButton className="primary" pending={upload.formState.isSubmitting} pendingLabel="Checking…">
            Verify file
          </SubmitButton>
        </form>
        <form className="card" onSubmit={onHash} noValidate aria-labelledby="verify-hash">
          <h2 id="verify-hash" style={{ marginTop: 0 }}>Or paste its SHA-256</h2>
          <Field label="SHA-256" error={hash.formState.errors.sha256?.message} hint="64 hexadecimal characters, e.g. from manifest.sha256 or sha256sum.">
            {(p) => <input {...p} {...hash.register('sha256')} className="mono" autoComplete="off" spellCheck={false} />}
          </Field>
          <SubmitButton className="primary" pending={hash.formState.isSubmitting} pendingLabel="Checking…">
            Verify hash
          </SubmitButton>
        </form>
      </div>
      <div aria-live="polite">
        {formError ? <p className="form-error" role="alert">{formError}</p> : null}
        {result ? <VerifyOutcome result={result} /> : null}
      </div>
    </>
  );
}
