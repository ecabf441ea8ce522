'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type ReactNode } from 'react';
import { useForm, type FieldValues, type Path, type Resolver, type UseFormProps } from 'react-hook-form';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/core/action-result';
import type { ConflictInfo } from '@/lib/core/errors';
import { ConflictNotice } from './conflict-notice';

const OVERRIDE_MESSAGE = 'You are now editing over their version. Check the fields and save again.';

type Message = { ok: boolean; text: string };

export interface ActionFormOptions<S extends z.ZodType<unknown, FieldValues>, T, Ver> extends Omit<UseFormProps<z.input<S>>, 'resolver'> {
  /** The schema the server action parses again, so the browser refuses what the server would. */
  schema: S;
  /** Hand the raw input to `submit` (the action coerces it) instead of the parsed values. */
  raw?: boolean;
  /** The row version the form was opened at; `submit` receives it, or theirs after an override. */
  version?: Ver;
  /**
   * Adopt a newer `version` that arrives with a refresh while the form is untouched and shows no
   * conflict; once the user types, the form stays on the version they opened, so a newer save by
   * someone else is refused rather than silently overwritten.
   */
  followVersion?: boolean;
  /** Field labels of the conflict notice, for the other person's current values. */
  conflictLabels?: Record<string, string>;
  /** Per field, the words the form's select shows for a stored value ("pre-filing" → "Pre-filing"). */
  conflictValueLabels?: Record<string, Readonly<Record<string, string>>>;
  /** Said after "Keep my input…"; null says nothing. */
  overrideMessage?: string | null;
  submit: (values: z.input<S>, version: NoInfer<Ver>) => Promise<ActionResult<T>>;
  /** Back to `defaultValues` after a save, so an add form is ready for the next entry. */
  resetOnSuccess?: boolean;
  onSuccess?: (data: T, values: z.input<S>) => void;
  onConflict?: () => void;
}

/**
 * A react-hook-form form bound to a server action's `ActionResult`: the action's field errors land
 * on their fields, its message in `banner`, and a version conflict shows who saved over the user
 * while their input stays in the form. Every form saving over a versioned row behaves alike.
 *
 * `onSuccess` may use what the hook returns (`form`, `setVersion`…): it runs later. Give it a block
 * body and keep `submit` free of them, or TypeScript cannot infer the hook's types (TS7022).
 */
export function useActionForm<S extends z.ZodType<unknown, FieldValues>, T, Ver = undefined>(options: ActionFormOptions<S, T, Ver>) {
  type V = z.input<S>;
  const { schema, raw, version: openedVersion, followVersion, conflictLabels, conflictValueLabels, overrideMessage = OVERRIDE_MESSAGE, submit, resetOnSuccess, onSuccess, onConflict, ...formProps } = options;
  // The resolver's overloads key on `raw` being a literal; both return the same resolver shape.
  const form = useForm<V>({ ...formProps, resolver: zodResolver(schema as never, undefined, { raw: !!raw } as { raw: false }) as unknown as Resolver<V> });
  const [message, setMessage] = useState<Message | null>(null);
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  const [version, setVersion] = useState(openedVersion as Ver);
  const [seenVersion, setSeenVersion] = useState(openedVersion);
  // Read on every render: react-hook-form only keeps `isDirty` current once it has been read.
  const untouched = followVersion && !form.formState.isDirty && !conflict;
  if (untouched && openedVersion !== seenVersion) {
    setSeenVersion(openedVersion);
    setVersion(openedVersion as Ver);
  }

  // A banner belongs to the submit that produced it: any new attempt clears it first, also one the
  // browser refuses before it reaches the server, so an old refusal never sits above new field errors.
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const res = await submit(values, version);
    if (res.ok) {
      setConflict(null);
      if (resetOnSuccess) form.reset();
      onSuccess?.(res.data, values);
      return;
    }
    if (res.conflict) {
      setConflict(res.conflict);
      onConflict?.();
    } else setMessage({ ok: false, text: res.message });
    for (const [k, m] of Object.entries(res.fieldErrors ?? {})) form.setError(k as Path<V>, { message: m });
  }, () => setMessage(null));

  const override = (current: ConflictInfo) => {
    setVersion(current.currentVersion as Ver);
    setConflict(null);
    if (overrideMessage) setMessage({ ok: false, text: overrideMessage });
  };

  const banner: ReactNode = conflict ? (
    <ConflictNotice conflict={conflict} labels={conflictLabels ?? {}} valueLabels={conflictValueLabels} onOverride={() => override(conflict)} />
  ) : message ? (
    <p className={message.ok ? 'notice' : 'form-error'} role={message.ok ? 'status' : 'alert'}>
      {message.text}
    </p>
  ) : null;

  return {
    form,
    onSubmit,
    /** The conflict notice, else the error or notice: put it where the form's message belongs. */
    banner,
    pending: form.formState.isSubmitting,
    formError: message && !message.ok ? message.text : null,
    setFormError: (text: string | null) => setMessage(text === null ? null : { ok: false, text }),
    /** A confirmation shown in `banner` as a status (cleared by the next submit). */
    setNotice: (text: string) => setMessage({ ok: true, text }),
    version,
    setVersion,
  };
}
