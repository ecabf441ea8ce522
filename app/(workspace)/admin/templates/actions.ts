'use server';

import { revalidatePath } from 'next/cache';
import { SESSION_ENDED, toResult } from '@/lib/core/action-result';
import { sessionUserOrNull } from '@/lib/auth/session';
import { createTemplate, updateTemplate } from '@/lib/checklists/save-template';
import type { TemplateInput } from '@/lib/checklists/schemas';

export async function createTemplateAction(input: TemplateInput) {
  const actor = await sessionUserOrNull();
  if (!actor) return SESSION_ENDED;
  const res = await toResult(() => createTemplate({ actor, input }));
  if (res.ok) revalidatePath('/admin/templates', 'layout');
  return res;
}

export async function updateTemplateAction(input: TemplateInput & { templateId: string; version: number }) {
  const actor = await sessionUserOrNull();
  if (!actor) return SESSION_ENDED;
  const res = await toResult(() => updateTemplate({ actor, input }));
  if (res.ok) revalidatePath('/admin/templates', 'layout');
  return res;
}
