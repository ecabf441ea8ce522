'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field } from '@/app/_components/field';
import { settingsSchema } from '@/lib/auth/schemas';
import { setSessionHoursAction } from '../actions';

export function SessionSettings({ hours }: { hours: number }) {
  const [msg, setMsg] = useState<string | null>(null);
  const form = useForm<{ sessionHours: number }>({ resolver: zodResolver(settingsSchema) as never, defaultValues: { sessionHours: hours } });
  const onSubmit = form.handleSubmit(async (values) => {
    const res = await setSessionHoursAction(values);
    setMsg(res.ok ? 'Saved. Applies to every session from its next request.' : res.message);
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Field label="Session lifetime (hours)" hint="Users are asked to sign in again after this long." error={form.formState.errors.sessionHours?.message}>
        {(p) => <input {...p} inputMode="numeric" {...form.register('sessionHours')} />}
      </Field>
      <button type="submit">Save</button>
      {msg ? <p role="status">{msg}</p> : null}
    </form>
  );
}
