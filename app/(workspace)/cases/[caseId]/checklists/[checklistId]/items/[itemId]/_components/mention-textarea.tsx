'use client';

import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { FieldControlProps } from '@/app/_components/field';
import { matchMembers, mentionQueryAt } from '@/lib/checklists/mentions';
import styles from '../item.module.css';

interface Member {
  id: string;
  name: string;
  role: string;
}

/**
 * A textarea that suggests case members after "@". The suggestions are a listbox tied to the
 * textarea (aria-controls, aria-activedescendant): arrows move, Enter or Tab inserts, Escape closes.
 */
export function MentionTextarea(props: FieldControlProps & { value: string; onChange: (v: string) => void; onBlur: () => void; members: Member[]; rows?: number; name: string }) {
  const { value, onChange, onBlur, members, rows, ...control } = props;
  const ref = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const [query, setQuery] = useState<{ query: string; start: number } | null>(null);
  const [active, setActive] = useState(0);
  const matches = query ? matchMembers(members, query.query) : [];
  const open = matches.length > 0;

  const track = (el: HTMLTextAreaElement) => {
    setQuery(mentionQueryAt(el.value, el.selectionStart));
    setActive(0);
  };
  const choose = (m: Member) => {
    const el = ref.current;
    if (!el || !query) return;
    const before = value.slice(0, query.start);
    const inserted = `@${m.name} `;
    onChange(before + inserted + value.slice(el.selectionStart));
    setQuery(null);
    const caret = before.length + inserted.length;
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(caret, caret);
    });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length);
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      choose(matches[active]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setQuery(null);
    }
  };
  return (
    <div className={styles.mentionBox}>
      <textarea
        {...control}
        ref={ref}
        rows={rows ?? 3}
        value={value}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        onChange={(e) => {
          onChange(e.target.value);
          track(e.target);
        }}
        onKeyDown={onKeyDown}
        onClick={(e) => track(e.currentTarget)}
        onBlur={() => {
          onBlur();
          setQuery(null);
        }}
      />
      {open ? (
        <ul role="listbox" id={listId} aria-label="Mention a case member" className={styles.listbox}>
          {matches.map((m, i) => (
            <li
              key={m.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              // mousedown, not click: the textarea must not lose focus (which would close the list) first.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(m);
              }}
            >
              <span>{m.name}</span>
              <span className={styles.small} style={{ color: 'inherit' }}>
                {m.role}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="sr-only" aria-live="polite">
        {open ? `${matches.length} member${matches.length === 1 ? '' : 's'} found: up and down arrows to choose, Enter to insert.` : ''}
      </p>
    </div>
  );
}
