// Characters that must never reach a header or a saved file's name: controls (CR/LF would split the
// header), folder separators (a name is never a path), bidi and zero-width marks (they disguise
// "gpj.exe" as "exe.jpg").
const HOSTILE = /[\u0000-\u001F\u007F/\\\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** RFC 6266/5987: an ASCII fallback for old clients and the exact UTF-8 name for the rest. */
export function contentDisposition(fileName: string): string {
  const safe = fileName.replace(HOSTILE, '_').replace(/^\.+/, '') || 'download';
  const fallback = safe.replace(/[^\x20-\x7E]/g, '_').replace(/["\\%;]/g, '_');
  const encoded = encodeURIComponent(safe).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
