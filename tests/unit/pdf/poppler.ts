import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * poppler-utils (pdftotext, pdftoppm) read the PDFs the way a reader's viewer
 * would. Locally a missing poppler skips those tests with a message; in CI
 * (CI=true) it fails them, so that a green CI means the PDFs were checked.
 */
export const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0 && spawnSync('pdftoppm', ['-v']).status === 0;
export const popplerRequired = process.env.CI === 'true';
export const skipPoppler = !hasPoppler && !popplerRequired;

if (skipPoppler) {
  console.warn('[tests/unit/pdf] pdftotext/pdftoppm not found: skipping PDF rendering checks. Install with: apt-get install -y poppler-utils');
}

function requirePoppler(): void {
  if (!hasPoppler) throw new Error('pdftotext/pdftoppm (poppler-utils) are required when CI=true: apt-get install -y poppler-utils');
}

/** Repo-root artifacts/pdf (gitignored): files a person can open after a test run. */
export const ARTIFACT_DIR = path.join(process.cwd(), 'artifacts', 'pdf');

export function writeTemp(name: string, bytes: Uint8Array): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pdf-test-'));
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

export function pdftotext(file: string, page?: number): string {
  requirePoppler();
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8' });
}

/** Renders one page to artifacts/pdf/<name>.png and returns the path. */
export function renderPng(file: string, page: number, name: string, dpi = 60): string {
  requirePoppler();
  mkdirSync(ARTIFACT_DIR, { recursive: true });
  const out = path.join(ARTIFACT_DIR, name);
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, out]);
  return `${out}.png`;
}

/** Share of a page's pixels darker than mid-grey; 0 means nothing visible was drawn. */
export function inkRatio(file: string, page: number, dpi = 40): number {
  requirePoppler();
  const base = path.join(mkdtempSync(path.join(tmpdir(), 'pdf-ink-')), 'p');
  execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, base]);
  const pgm = readFileSync(`${base}.pgm`);
  // Binary PGM: "P5\n<w> <h>\n255\n" then one byte per pixel.
  const header = pgm.toString('latin1', 0, 40).match(/^P5\s+(\d+)\s+(\d+)\s+255\s/);
  if (!header) throw new Error('unexpected pdftoppm output');
  const pixels = pgm.subarray(header[0].length);
  let dark = 0;
  for (const p of pixels) if (p < 128) dark++;
  return dark / pixels.length;
}
