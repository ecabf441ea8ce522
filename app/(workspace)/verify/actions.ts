'use server';

import { SESSION_ENDED, toResult, type ActionResult } from '@/lib/core/action-result';
import { sessionUserOrNull } from '@/lib/auth/session';
import { ValidationError } from '@/lib/core/errors';
import { MAX_VERIFY_BYTES, type VerifyHashInput } from '@/lib/documents/schemas';
import { verifyDocument, type VerifyResult } from '@/lib/documents/verify-document';

/** The uploaded file is hashed on the server; only its hash and the match are kept (in the audit trail). */
export async function verifyFileAction(form: FormData): Promise<ActionResult<VerifyResult>> {
  const actor = await sessionUserOrNull();
  if (!actor) return SESSION_ENDED;
  return toResult(async () => {
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) throw new ValidationError('Some fields need attention.', { file: 'Choose a PDF file.' });
    if (file.size > MAX_VERIFY_BYTES) throw new ValidationError('Some fields need attention.', { file: 'The file is larger than 25 MB; no registered document is that large.' });
    return verifyDocument({ actor, input: { bytes: new Uint8Array(await file.arrayBuffer()) } });
  });
}

export async function verifyHashAction(input: VerifyHashInput): Promise<ActionResult<VerifyResult>> {
  const actor = await sessionUserOrNull();
  if (!actor) return SESSION_ENDED;
  return toResult(() => verifyDocument({ actor, input: { sha256: String(input?.sha256 ?? '') } }));
}
