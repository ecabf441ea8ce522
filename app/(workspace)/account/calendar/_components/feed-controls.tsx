'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { createFeedTokenAction, revokeFeedTokenAction } from '../actions';

interface CaseLink {
  id: string;
  name: string;
  codename: string;
}

function CopyField({ label, url }: { label: string; url: string }) {
  const [copied, setCopied] = useState(false);
  const id = `feed-${label.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <div className="field" style={{ marginBottom: '0.6rem' }}>
      <label htmlFor={id}>{label}</label>
      <div className="row" style={{ alignItems: 'center', flexWrap: 'nowrap' }}>
        <input id={id} readOnly value={url} className="mono" style={{ flex: 1 }} onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          onClick={async () => {
            await navigator.clipboard?.writeText(url).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
    </div>
  );
}

/** Create, replace or revoke the secret feed address; the address is shown only right after it is made. */
export function FeedControls(props: { active: boolean; cases: CaseLink[] }) {
  const router = useRouter();
  const [token, setToken] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const base = token && typeof window !== 'undefined' ? `${window.location.origin}/api/feeds/${token}` : null;

  const create = async () => {
    if (props.active && !window.confirm('Make a new address? The current one stops working at once in every calendar that uses it.')) return;
    setBusy(true);
    const res = await createFeedTokenAction();
    setBusy(false);
    if (res.ok) {
      setToken(res.data.token);
      setMessage(null);
    } else setMessage(res.message);
    router.refresh();
  };
  const revoke = async () => {
    if (!window.confirm('Revoke the feed address? Calendars subscribed to it stop updating.')) return;
    setBusy(true);
    const res = await revokeFeedTokenAction();
    setBusy(false);
    setToken(null);
    setMessage(res.ok ? 'Revoked. The old address now answers “not found”.' : res.message);
    router.refresh();
  };

  return (
    <>
      {message ? (
        <p className="notice" role="status">
          {message}
        </p>
      ) : null}
      {base ? (
        <div className="notice" role="status" style={{ marginBottom: '1rem' }}>
          <p style={{ marginTop: 0 }}>
            <strong>Your feed addresses.</strong> Copy them now: for your security they are not shown again. Anyone with an address can read these
            deadlines, so treat it like a password.
          </p>
          <CopyField label="All my cases" url={`${base}/my-cases.ics`} />
          {props.cases.map((c) => (
            <CopyField key={c.id} label={`${c.codename} — ${c.name}`} url={`${base}/cases/${c.id}.ics`} />
          ))}
        </div>
      ) : null}
      <div className="row">
        <button type="button" className="primary" onClick={create} disabled={busy}>
          {props.active ? 'Make a new address' : 'Create my feed address'}
        </button>
        {props.active ? (
          <button type="button" className="danger" onClick={revoke} disabled={busy}>
            Revoke
          </button>
        ) : null}
      </div>
    </>
  );
}
