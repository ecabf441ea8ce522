import { Fragment } from 'react';
import type { Mentionable } from '@/lib/checklists/mentions';
import { segmentText } from '@/lib/checklists/rich-text';
import styles from '../checklists.module.css';

/**
 * Plain text with line breaks, http(s) links and highlighted @mentions. Everything is a React text
 * node or an anchor built from a checked URL: no HTML from the text ever reaches the page.
 */
export function RichText(props: { text: string; members?: Mentionable[] }) {
  return (
    <>
      {segmentText(props.text, props.members).map((s, i) => {
        switch (s.kind) {
          case 'break':
            return <br key={i} />;
          case 'link':
            return (
              <a key={i} href={s.href} rel="noopener noreferrer nofollow" target="_blank">
                {s.text}
              </a>
            );
          case 'mention':
            return (
              <strong key={i} className={styles.mention}>
                {s.text}
              </strong>
            );
          default:
            return <Fragment key={i}>{s.text}</Fragment>;
        }
      })}
    </>
  );
}
