const UNSAFE = /[\u0000-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/**
 * The name a file is stored and offered under: no folders, no control, bidi or zero-width
 * characters (which can disguise "gpj.exe" as "exe.jpg"), no characters Windows refuses.
 */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  return base
    .normalize('NFC')
    .replace(UNSAFE, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(-200);
}

/**
 * The name a revision downloads under: "deck (rev 2).pdf", so two revisions saved side by side
 * never overwrite each other and a reader can tell them apart. The first revision keeps its name.
 */
export function revisionFileName(fileName: string, revision: number): string {
  if (revision <= 1) return fileName;
  const dot = fileName.lastIndexOf('.');
  // A leading dot is not an extension (cleanFileName removes those, but older names may remain).
  if (dot <= 0) return `${fileName} (rev ${revision})`;
  return `${fileName.slice(0, dot)} (rev ${revision})${fileName.slice(dot)}`;
}
