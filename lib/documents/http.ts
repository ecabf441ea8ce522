import { contentDisposition } from '@/lib/http/content-disposition';
import { ForbiddenError, NotFoundError } from '@/lib/core/errors';

/*
 * Web-standard responses shared by the documents and exports route handlers, so each handler is
 * "session, verb, respond". A case outside the wall answers exactly like a missing file.
 */

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'private, no-store' } });

export const notFound = () => plain(404, 'Not found.');
export const signInFirst = () => plain(401, 'Sign in to download.');

export function attachment(body: Uint8Array | string, fileName: string, contentType: string, sha256: string): Response {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
  return new Response(bytes, {
    headers: {
      'Content-Type': contentType,
      'Content-Length': String(bytes.byteLength),
      'Content-Disposition': contentDisposition(fileName),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
      ETag: `"${sha256}"`,
      // The SHA-256 travels with the file, so a client can check what it received.
      'X-Content-SHA256': sha256,
      'Content-Security-Policy': "default-src 'none'; sandbox",
    },
  });
}

/** Maps the verbs' errors; anything else is a defect and propagates to Next's error handling. */
export function errorResponse(err: unknown): Response {
  if (err instanceof NotFoundError) return notFound();
  if (err instanceof ForbiddenError) return plain(403, err.message);
  throw err;
}
