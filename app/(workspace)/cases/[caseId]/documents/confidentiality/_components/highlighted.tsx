'use client';

import { useRef, type ReactNode } from 'react';

/**
 * A field's text with the figures found in it and the passages already marked highlighted.
 * Selecting words in it hands them to `onSelect`: the control that marks a passage.
 */
export function Highlighted(props: { value: string; figures: string[]; marked: string[]; onSelect?: (text: string) => void; label: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const parts = split(props.value.normalize('NFKC'), props.figures.map((f) => f.normalize('NFKC')), props.marked.map((m) => m.normalize('NFKC')));
  const pick = () => {
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed || !ref.current || !sel.anchorNode || !ref.current.contains(sel.anchorNode)) return;
    const text = sel.toString().trim();
    if (text) props.onSelect?.(text);
  };
  return (
    <p ref={ref} className="mono" aria-label={props.label} onMouseUp={pick} onKeyUp={pick} style={{ whiteSpace: 'pre-wrap', background: '#f7f7f9', padding: '0.5rem', borderRadius: 4 }}>
      {parts}
    </p>
  );
}

/** Marked passages in grey with a line through, figures yellow; the rest as typed. */
function split(value: string, figures: string[], marked: string[]): ReactNode[] {
  const needles = [...marked.map((t) => ({ t, kind: 'marked' as const })), ...figures.map((t) => ({ t, kind: 'figure' as const }))].filter((n) => n.t);
  const out: ReactNode[] = [];
  let rest = value;
  let key = 0;
  while (rest) {
    let best: { i: number; t: string; kind: 'marked' | 'figure' } | null = null;
    for (const n of needles) {
      const i = rest.indexOf(n.t);
      if (i >= 0 && (!best || i < best.i || (i === best.i && n.t.length > best.t.length))) best = { i, ...n };
    }
    if (!best) {
      out.push(rest);
      break;
    }
    if (best.i) out.push(rest.slice(0, best.i));
    out.push(best.kind === 'marked'
      ? <del key={key++} title="Marked confidential: printed as […]" style={{ background: '#e3e3e8' }}>{best.t}</del>
      : <mark key={key++} title="A figure nobody has marked">{best.t}</mark>);
    rest = rest.slice(best.i + best.t.length);
  }
  return out;
}
