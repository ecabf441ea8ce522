'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { SubmitButton } from '@/app/_components/form-buttons';
import type { ImportInvalid, ImportPreview } from '@/lib/markets/import-clusters';
import { fmtInt } from '@/lib/markets/present';
import { importFormSchema, type ImportFormInput } from '@/lib/markets/schemas';
import { commitImportAction, previewImportAction } from '../actions';
import { ImportErrors, ImportPreviewView } from './import-results';
import styles from './market.module.css';

/** Upload, check every row, preview, then commit: nothing is saved until the whole file is clean. */
export function ImportForm(props: { caseId: string; marketId: string; currentClusters: number }) {
  const router = useRouter();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [invalid, setInvalid] = useState<ImportInvalid | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [committing, setCommitting] = useState(false);
  const form = useForm<ImportFormInput>({ resolver: zodResolver(importFormSchema) as never, defaultValues: { mode: props.currentClusters ? 'add' : 'replace' } });
  const err = form.formState.errors;

  const body = (values: ImportFormInput, extra: Record<string, string> = {}) => {
    const fd = new FormData();
    fd.set('file', values.file.item(0) as unknown as File);
    fd.set('mode', values.mode);
    for (const [k, v] of Object.entries(extra)) fd.set(k, v);
    return fd;
  };

  const check = form.handleSubmit(async (values) => {
    setFormError(null);
    setPreview(null);
    setInvalid(null);
    const res = await previewImportAction(props.caseId, props.marketId, body(values));
    if (!res.ok) {
      setFormError(res.message);
      if (res.fieldErrors?.file) form.setError('file', { message: res.fieldErrors.file });
      if (res.fieldErrors?.mode) form.setError('mode', { message: res.fieldErrors.mode });
      return;
    }
    if (res.data.status === 'ready') setPreview(res.data);
    else setInvalid(res.data);
  });

  const commit = async () => {
    if (!preview) return;
    setCommitting(true);
    setFormError(null);
    const res = await commitImportAction(props.caseId, props.marketId, body(form.getValues(), { sha256: preview.sha256, clustersStamp: preview.clustersStamp }));
    setCommitting(false);
    if (!res.ok) return setFormError(res.message);
    if (res.data.status === 'invalid') {
      setPreview(null);
      return setInvalid(res.data);
    }
    router.push(`/cases/${props.caseId}/market/${props.marketId}?imported=${res.data.rows}#clusters`);
    router.refresh();
  };

  const reset = () => {
    setPreview(null);
    setInvalid(null);
  };

  return (
    <>
      <form onSubmit={check} noValidate className="card" aria-label="Check a CSV file">
        {formError ? (
          <p className="form-error" role="alert">
            {formError}
          </p>
        ) : null}
        <div className={`field ${err.file ? 'has-error' : ''}`}>
          <label htmlFor="import-file">CSV file</label>
          <p id="import-file-hint" className="hint">
            Columns: firm, cluster, site, accelerator, count_low, count_central, count_high, status, as_of, source. UTF-8, at most 5 MB.
          </p>
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv"
            aria-invalid={!!err.file}
            aria-describedby={err.file ? 'import-file-hint import-file-error' : 'import-file-hint'}
            {...form.register('file', { onChange: reset })}
          />
          {err.file ? (
            <p id="import-file-error" className="field-error" role="alert">
              {String(err.file.message)}
            </p>
          ) : null}
        </div>
        <fieldset className={styles.fieldset}>
          <legend>What to do with the {fmtInt(props.currentClusters)} clusters the market has now</legend>
          <label style={{ display: 'block', marginBottom: '0.4rem' }}>
            <input type="radio" value="replace" {...form.register('mode', { onChange: reset })} /> Replace the market’s clusters with the file’s
          </label>
          <label style={{ display: 'block', marginBottom: '0.8rem' }}>
            <input type="radio" value="add" {...form.register('mode', { onChange: reset })} /> Add the file’s clusters to them
          </label>
          {err.mode ? <p className="field-error">{err.mode.message}</p> : null}
        </fieldset>
        <SubmitButton className="primary" pending={form.formState.isSubmitting} pendingLabel="Checking…">
          Check file
        </SubmitButton>
      </form>
      {invalid ? <ImportErrors result={invalid} /> : null}
      {preview ? <ImportPreviewView preview={preview} committing={committing} onCommit={commit} onCancel={reset} /> : null}
    </>
  );
}
