'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { addCommentAction, editCommentAction, retractCommentAction, setThreadResolvedAction } from '../../../../actions';
import { RichText } from '../../../../_components/rich-text';
import styles from '../item.module.css';
import { CommentComposer } from './comment-composer';

export interface CommentView {
  id: string;
  authorName: string;
  body: string | null;
  createdAt: string;
  editedAt: string | null;
  retractedAt: string | null;
  retractedByName: string | null;
  version: number;
  mine: boolean;
  editableUntil: string | null;
}
export interface ThreadView extends CommentView {
  resolvedAt: string | null;
  resolvedByName: string | null;
  replies: CommentView[];
}
type Member = { id: string; name: string; role: string };

const when = (iso: string) => `${iso.replace('T', ' ').slice(0, 16)} UTC`;

function Comment(props: { caseId: string; c: CommentView; members: Member[]; canComment: boolean; onChanged: () => void }) {
  const { c } = props;
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const editable = props.canComment && c.editableUntil !== null && new Date(c.editableUntil).getTime() > Date.now();
  return (
    <article className={styles.comment} aria-label={`Comment by ${c.authorName}`}>
      <div className={styles.commentHead}>
        <strong>{c.authorName}</strong>
        <time dateTime={c.createdAt} className={styles.small}>
          {when(c.createdAt)}
        </time>
        {c.editedAt && !c.retractedAt ? <span className={styles.small}>(edited)</span> : null}
        {props.canComment && c.mine && !c.retractedAt && !editing ? (
          <>
            {editable ? (
              <button type="button" className={styles.link} onClick={() => setEditing(true)}>
                Edit
              </button>
            ) : null}
            <button
              type="button"
              className={styles.link}
              onClick={async () => {
                if (!window.confirm('Retract this comment? It will be hidden from view; the audit trail keeps it.')) return;
                const res = await retractCommentAction(props.caseId, c.id);
                if (res.ok) props.onChanged();
                else setError(res.message);
              }}
            >
              Retract
            </button>
          </>
        ) : null}
      </div>
      {c.retractedAt ? (
        <p className={styles.retracted}>
          Comment retracted by {c.retractedByName ?? 'its author'} on {when(c.retractedAt)}.
        </p>
      ) : editing ? (
        <CommentComposer
          label="Edit comment"
          submitLabel="Save comment"
          initial={c.body ?? ''}
          members={props.members}
          submit={(body) => editCommentAction(props.caseId, { commentId: c.id, version: c.version, body })}
          onDone={() => {
            setEditing(false);
            props.onChanged();
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <p className={styles.commentBody}>
          <RichText text={c.body ?? ''} members={props.members} />
        </p>
      )}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </article>
  );
}

/** Threads on the item: replies, resolve and reopen; comments are retracted, never deleted. */
export function CommentThreads(props: { caseId: string; itemId: string; threads: ThreadView[]; members: Member[]; canComment: boolean }) {
  const router = useRouter();
  const [replying, setReplying] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => router.refresh();
  return (
    <div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {props.threads.length === 0 ? <p className="muted">No comments yet.</p> : null}
      {props.threads.map((t) => (
        <section key={t.id} className={styles.thread} data-resolved={t.resolvedAt !== null} aria-label={`Thread started by ${t.authorName}`}>
          <Comment caseId={props.caseId} c={t} members={props.members} canComment={props.canComment} onChanged={refresh} />
          {t.replies.length ? (
            <div className={styles.replies}>
              {t.replies.map((r) => (
                <Comment key={r.id} caseId={props.caseId} c={r} members={props.members} canComment={props.canComment} onChanged={refresh} />
              ))}
            </div>
          ) : null}
          {t.resolvedAt ? (
            <p className={styles.small}>
              ✓ Resolved by {t.resolvedByName} on {when(t.resolvedAt)}
            </p>
          ) : null}
          {props.canComment ? (
            replying === t.id ? (
              <CommentComposer
                label="Reply"
                submitLabel="Post reply"
                members={props.members}
                submit={(body) => addCommentAction(props.caseId, { itemId: props.itemId, parentId: t.id, body })}
                onDone={() => {
                  setReplying(null);
                  refresh();
                }}
                onCancel={() => setReplying(null)}
              />
            ) : (
              <div className={styles.actions}>
                <button type="button" onClick={() => setReplying(t.id)}>
                  Reply
                </button>
                <button
                  type="button"
                  onClick={async () => {
                    const res = await setThreadResolvedAction(props.caseId, t.id, !t.resolvedAt);
                    setError(res.ok ? null : res.message);
                    refresh();
                  }}
                >
                  {t.resolvedAt ? 'Reopen thread' : 'Resolve thread'}
                </button>
              </div>
            )
          ) : null}
        </section>
      ))}
      {props.canComment ? (
        <CommentComposer label="New comment" submitLabel="Post comment" members={props.members} submit={(body) => addCommentAction(props.caseId, { itemId: props.itemId, body })} onDone={refresh} />
      ) : null}
    </div>
  );
}
