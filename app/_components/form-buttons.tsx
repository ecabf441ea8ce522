import type { ButtonHTMLAttributes, CSSProperties } from 'react';

/** Disabled while the action runs, so a second click cannot send the form twice; `pendingLabel` says it is working. */
export function SubmitButton({ pending, pendingLabel, children, ...rest }: ButtonHTMLAttributes<HTMLButtonElement> & { pending: boolean; pendingLabel?: string }) {
  return (
    <button type="submit" {...rest} disabled={pending}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}

/** The closing row of an inline form: the primary submit, and Cancel where the caller can close the form. */
export function FormButtons(props: { label: string; pending: boolean; pendingLabel?: string; onCancel?: () => void; style?: CSSProperties }) {
  return (
    <div className="row" style={props.style}>
      <SubmitButton className="primary" pending={props.pending} pendingLabel={props.pendingLabel}>
        {props.label}
      </SubmitButton>
      {props.onCancel ? (
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      ) : null}
    </div>
  );
}
