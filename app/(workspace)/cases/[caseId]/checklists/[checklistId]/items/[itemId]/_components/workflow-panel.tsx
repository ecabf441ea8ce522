'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ActionResult } from '@/lib/core/action-result';
import type { ItemStatus } from '@/lib/checklists/schemas';
import { approveItemAction, transitionItemAction } from '../../../../actions';
import styles from '../item.module.css';
import { RequestChangesForm } from './request-changes-form';

interface Props {
  caseId: string;
  itemId: string;
  status: ItemStatus;
  contentHash: string;
  openThreads: number;
  can: { submit: boolean; withdraw: boolean; requestChanges: boolean; approve: boolean; approveBlocker: string | null; comment: boolean };
}

/** The workflow buttons this user may use now; the verbs enforce the same rules. */
export function WorkflowPanel(props: Props) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const act = async (label: string, run: () => Promise<ActionResult<unknown>>) => {
    setBusy(true);
    setMessage(null);
    const res = await run();
    setBusy(false);
    // A stale page: the refresh below shows the current item, so say that rather than "input kept".
    const stale = !res.ok && res.conflict ? `Not done: ${res.conflict.changedBy} changed this item at ${res.conflict.changedAt.replace('T', ' ').slice(0, 16)} UTC after you opened it. The page now shows the current version; check it and try again.` : null;
    setMessage(res.ok ? { ok: true, text: label } : { ok: false, text: stale ?? res.message });
    router.refresh();
  };
  const transition = (action: 'submit' | 'withdraw', done: string) => act(done, () => transitionItemAction(props.caseId, { itemId: props.itemId, expectedStatus: props.status, action }));
  const { can } = props;
  const threads = props.openThreads === 1 ? 'one open comment thread' : `${props.openThreads} open comment threads`;
  return (
    <div>
      {can.approve && props.openThreads > 0 ? (
        <label className={styles.blocker} style={{ display: 'block', marginTop: '0.6rem' }}>
          <input type="checkbox" checked={confirmOpen} onChange={(e) => setConfirmOpen(e.target.checked)} /> I approve with {threads} on this item (recorded with the approval).
        </label>
      ) : null}
      <div className={styles.actions}>
        {can.submit ? (
          <button type="button" className="primary" disabled={busy} onClick={() => transition('submit', 'Sent for review.')}>
            Mark ready for review
          </button>
        ) : null}
        {can.withdraw ? (
          <button type="button" disabled={busy} onClick={() => transition('withdraw', 'Withdrawn from review.')}>
            Withdraw from review
          </button>
        ) : null}
        {can.requestChanges && !asking ? (
          <button type="button" className="danger" disabled={busy} onClick={() => setAsking(true)}>
            Request changes
          </button>
        ) : null}
        {can.approve ? (
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => act('Approved.', () => approveItemAction(props.caseId, { itemId: props.itemId, contentHash: props.contentHash, confirmOpenThreads: confirmOpen }))}
          >
            Approve
          </button>
        ) : null}
      </div>
      {can.requestChanges && asking ? (
        <RequestChangesForm
          submit={(reason) => transitionItemAction(props.caseId, { itemId: props.itemId, expectedStatus: props.status, action: 'request-changes', reason })}
          onDone={() => {
            setAsking(false);
            setMessage({ ok: true, text: 'Changes requested; the preparer has been told.' });
            router.refresh();
          }}
          onCancel={() => setAsking(false)}
        />
      ) : null}
      {props.status === 'ready-for-review' && !can.approve && can.approveBlocker ? <p className={styles.blocker}>{can.approveBlocker}</p> : null}
      {message ? (
        <p className={message.ok ? 'notice' : 'form-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
