import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';

export interface FieldControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
}

/** A labelled control with its hint and inline error, wired for screen readers. */
export function Field(props: { label: string; error?: string; hint?: string; children: (p: FieldControlProps) => ReactNode; className?: string }) {
  const id = useId();
  const described = [props.hint ? `${id}-hint` : null, props.error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={`field ${props.error ? 'has-error' : ''} ${props.className ?? ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.hint ? (
        <p id={`${id}-hint`} className="hint">
          {props.hint}
        </p>
      ) : null}
      {props.children({ id, 'aria-invalid': !!props.error, 'aria-describedby': described || undefined })}
      {props.error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

/** What the registered controls below share: the form, the field's path and what labels it. */
type Registered<V extends FieldValues> = {
  form: UseFormReturn<V>;
  name: Path<V>;
  label: string;
  hint?: string;
  /** Of the field around the control (e.g. `grow`). */
  className?: string;
};

const errorOf = <V extends FieldValues>(form: UseFormReturn<V>, name: Path<V>) => form.getFieldState(name, form.formState).error?.message;

/** A `Field` holding one registered `<input>`, its error taken from the form: the common case, in one line. */
export function InputField<V extends FieldValues>({ form, name, label, hint, className, ...input }: Registered<V> & Omit<InputHTMLAttributes<HTMLInputElement>, 'form' | 'name' | 'id' | 'className'>) {
  return (
    <Field label={label} hint={hint} className={className} error={errorOf(form, name)}>
      {(p) => <input {...p} {...input} {...form.register(name)} />}
    </Field>
  );
}

export type SelectOption = string | { value: string; label: ReactNode };

/**
 * A `Field` holding one registered `<select>`. Options are the `as const` values (worded by
 * `optionLabels`, else shown as they are) or value/label pairs; `empty` heads the list with a "" choice.
 */
export function SelectField<V extends FieldValues>({
  form,
  name,
  label,
  hint,
  className,
  options,
  optionLabels,
  empty,
  ...select
}: Registered<V> & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'form' | 'name' | 'id' | 'className'> & { options: readonly SelectOption[]; optionLabels?: Readonly<Record<string, ReactNode>>; empty?: string }) {
  return (
    <Field label={label} hint={hint} className={className} error={errorOf(form, name)}>
      {(p) => (
        <select {...p} {...select} {...form.register(name)}>
          {empty === undefined ? null : <option value="">{empty}</option>}
          {options.map((o) => {
            const { value, label: text } = typeof o === 'string' ? { value: o, label: optionLabels?.[o] ?? o } : o;
            return (
              <option key={value} value={value}>
                {text}
              </option>
            );
          })}
        </select>
      )}
    </Field>
  );
}
