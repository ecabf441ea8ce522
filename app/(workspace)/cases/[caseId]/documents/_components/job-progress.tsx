'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { DOCUMENT_KIND_LABELS, EDITION_LABELS, type DocumentEdition, type DocumentKind, type JobStatus } from '@/lib/documents/kinds';

export interface JobSnapshot {
  id: string;
  kind: DocumentKind;
  edition: DocumentEdition;
  status: JobStatus;
  progress: number;
  stage: string;
  error: string | null;
  /** Set when a non-confidential edition was refused for unmarked figures. */
  refused?: boolean;
  documentId?: string | null;
  number?: string | null;
}

const POLL_MS = 700;

/** One generation: polls its job until it is registered or has failed, then refreshes the lists. */
export function JobProgress({ caseId, initial }: { caseId: string; initial: JobSnapshot }) {
  const router = useRouter();
  const [job, setJob] = useState(initial);
  const open = job.status === 'queued' || job.status === 'running';
  useEffect(() => {
    if (!open) return;
    let stopped = false;
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/cases/${caseId}/documents/jobs/${job.id}`, { cache: 'no-store' });
        if (!res.ok) throw new Error(res.status === 401 ? 'Your session has ended; sign in again to follow this generation.' : `The server answered ${res.status}.`);
        const next = (await res.json()) as JobSnapshot;
        if (stopped) return;
        setJob(next);
        if (next.status === 'succeeded') router.refresh();
      } catch (err) {
        if (!stopped) setJob((j) => ({ ...j, stage: err instanceof Error ? `${err.message} Retrying…` : j.stage }));
      }
    }, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [caseId, job, open, router]);

  const title = `${DOCUMENT_KIND_LABELS[job.kind]} (${EDITION_LABELS[job.edition].toLowerCase()})`;
  if (job.status === 'failed') {
    return (
      <div className="form-error" role="alert">
        <strong>{title} was not generated.</strong> {job.error}
        {job.refused ? (
          <p style={{ margin: '0.4rem 0 0' }}>
            <a href={`/cases/${caseId}/documents/confidentiality`}>Mark each figure, or declare it public, on the Confidentiality page</a>
          </p>
        ) : null}
      </div>
    );
  }
  if (job.status === 'succeeded') {
    return (
      <p className="notice" role="status">
        <strong>{title}</strong> registered as <span className="mono">{job.number}</span>.{' '}
        {job.documentId ? <a href={`/api/cases/${caseId}/documents/${job.documentId}`}>Download it</a> : null}
      </p>
    );
  }
  return (
    <div className="card" role="status" aria-live="polite" style={{ marginBottom: '0.6rem' }}>
      <label htmlFor={`job-${job.id}`} style={{ display: 'block', fontWeight: 600 }}>
        Generating the {title}: {job.progress} %
      </label>
      <progress id={`job-${job.id}`} max={100} value={job.progress} style={{ width: '100%' }} />
      <p className="muted" style={{ margin: 0 }}>{job.stage}</p>
    </div>
  );
}
