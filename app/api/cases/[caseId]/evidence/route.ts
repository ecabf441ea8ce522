import { NextResponse } from 'next/server';
import { SESSION_ENDED, toResult } from '@/lib/core/action-result';
import { sessionUserOrNull } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { maxUploadBytes, uploadEvidence } from '@/lib/evidence/upload-evidence';

export const dynamic = 'force-dynamic';

// Multipart overhead beyond the file itself (boundaries, the item id).
const ENVELOPE_BYTES = 64 * 1024;

/** Evidence upload (XMLHttpRequest from the item page, for real progress). Answers JSON like an action. */
export async function POST(req: Request, ctx: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await ctx.params;
  // Cookies are SameSite=Lax, but a cross-site form post is still refused outright.
  const origin = req.headers.get('origin');
  const hosts = [req.headers.get('host'), req.headers.get('x-forwarded-host')];
  if (origin && !hosts.includes(URL.canParse(origin) ? new URL(origin).host : '')) return NextResponse.json({ ok: false, message: 'Cross-site upload refused.' }, { status: 403 });
  const actor = await sessionUserOrNull();
  if (!actor) return NextResponse.json(SESSION_ENDED, { status: 401 });
  const declared = Number(req.headers.get('content-length') ?? 0);
  if (declared > maxUploadBytes() + ENVELOPE_BYTES) {
    return NextResponse.json({ ok: false, message: `The file is larger than the ${env.MAX_UPLOAD_MB} MB limit.`, fieldErrors: { file: 'Too large.' } }, { status: 413 });
  }
  const form = await req.formData().catch(() => null);
  const file = form?.get('file');
  const itemId = form?.get('itemId');
  // Each missing part is named: a request without the item says so rather than blaming the file.
  if (typeof itemId !== 'string' || itemId === '') {
    return NextResponse.json({ ok: false, message: 'The upload did not say which checklist item it belongs to; reload the item page and try again.', fieldErrors: { itemId: 'Missing checklist item.' } }, { status: 400 });
  }
  if (!(file instanceof File)) return NextResponse.json({ ok: false, message: 'Choose a file to upload.', fieldErrors: { file: 'Choose a file to upload.' } }, { status: 400 });
  const res = await toResult(async () => uploadEvidence({ actor, caseId, itemId, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }));
  const status = res.ok ? 200 : res.notFound ? 404 : res.fieldErrors ? 422 : 403;
  return NextResponse.json(res, { status });
}
