'use client';

import { useRouter } from 'next/navigation';
import { useId, useRef, useState } from 'react';
import { EVIDENCE_ACCEPT, EVIDENCE_KINDS_TEXT } from '@/lib/evidence/types';
import { formatBytes } from '@/lib/format';
import styles from '../item.module.css';

interface Revision {
  id: string;
  fileName: string;
  revision: number;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
  uploaderName: string;
}

/** Evidence with SHA-256 per file, earlier revisions kept, and an upload that shows real progress. */
export function EvidencePanel(props: { caseId: string; itemId: string; documents: { current: Revision; earlier: Revision[] }[]; canUpload: boolean; canDownload: boolean; maxMb: number }) {
  const router = useRouter();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const href = (id: string) => `/api/cases/${props.caseId}/evidence/${id}`;

  const upload = () => {
    const file = input.current?.files?.[0];
    if (!file) return setMessage({ ok: false, text: 'Choose a file first.' });
    if (file.size > props.maxMb * 1024 * 1024) return setMessage({ ok: false, text: `The file is ${formatBytes(file.size)}; the limit is ${props.maxMb} MB.` });
    const body = new FormData();
    body.set('itemId', props.itemId);
    body.set('file', file);
    // XMLHttpRequest reports upload progress; fetch does not.
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/cases/${props.caseId}/evidence`);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => e.lengthComputable && setProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      setProgress(null);
      const res = xhr.response as { ok: boolean; message?: string; data?: { fileName: string; revision: number; sha256: string; lapsed: boolean } } | null;
      if (res?.ok && res.data) {
        const d = res.data;
        setMessage({ ok: true, text: `Uploaded ${d.fileName} (revision ${d.revision}), SHA-256 ${d.sha256}.${d.lapsed ? ' The approval lapsed: the item is back with the reviewer.' : ''}` });
        if (input.current) input.current.value = '';
        router.refresh();
      } else setMessage({ ok: false, text: res?.message ?? `Upload failed (HTTP ${xhr.status}).` });
    };
    xhr.onerror = () => {
      setProgress(null);
      setMessage({ ok: false, text: 'The upload was interrupted; check the connection and try again.' });
    };
    setMessage(null);
    setProgress(0);
    xhr.send(body);
  };

  const fileLine = (r: Revision, main: boolean) => (
    <>
      <div className={styles.fileHead}>
        {props.canDownload ? <a href={href(r.id)}>{main ? r.fileName : `Revision ${r.revision}`}</a> : <strong>{main ? r.fileName : `Revision ${r.revision}`}</strong>}
        {main ? <span className="badge">revision {r.revision}</span> : null}
        <span className={styles.small}>
          {formatBytes(r.sizeBytes)} · {r.uploadedAt.replace('T', ' ').slice(0, 16)} UTC · {r.uploaderName}
        </span>
      </div>
      <div className={styles.hash}>SHA-256 {r.sha256}</div>
    </>
  );

  return (
    <div>
      {props.documents.length === 0 ? <p className="muted">No evidence attached.</p> : null}
      {props.documents.length && !props.canDownload ? <p className={styles.small}>Files can be downloaded by members of the case only.</p> : null}
      <ul className={styles.files} aria-label="Evidence files">
        {props.documents.map((d) => (
          <li key={d.current.id}>
            {fileLine(d.current, true)}
            {d.earlier.length ? (
              <details>
                <summary className={styles.small}>
                  {d.earlier.length} earlier revision{d.earlier.length === 1 ? '' : 's'}
                </summary>
                <ul className={styles.files}>
                  {d.earlier.map((r) => (
                    <li key={r.id}>{fileLine(r, false)}</li>
                  ))}
                </ul>
              </details>
            ) : null}
          </li>
        ))}
      </ul>
      {props.canUpload ? (
        <div className={styles.upload}>
          <div className={`field ${message && !message.ok ? 'has-error' : ''}`} style={{ marginBottom: 0 }}>
            <label htmlFor={inputId}>Attach evidence</label>
            <p className="hint" id={`${inputId}-hint`}>
              {EVIDENCE_KINDS_TEXT}, up to {props.maxMb} MB. The same file name adds a new revision.
            </p>
            <input id={inputId} ref={input} type="file" accept={EVIDENCE_ACCEPT} aria-describedby={`${inputId}-hint`} />
          </div>
          <button type="button" onClick={upload} disabled={progress !== null}>
            {progress !== null ? 'Uploading…' : 'Upload'}
          </button>
          {progress !== null ? (
            <span className="row" style={{ alignItems: 'center' }}>
              <progress value={progress} max={100} aria-label={`Upload progress: ${progress}%`} />
              <span className={styles.small}>{progress}%</span>
            </span>
          ) : null}
        </div>
      ) : null}
      {message ? (
        <p className={message.ok ? 'notice' : 'form-error'} role={message.ok ? 'status' : 'alert'} style={{ marginTop: '0.6rem', overflowWrap: 'anywhere' }}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
