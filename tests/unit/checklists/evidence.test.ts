import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/evidence/sniff';
import { cleanFileName, revisionFileName } from '@/lib/evidence/file-name';
import { contentDisposition } from '@/lib/http/content-disposition';
import { extensionOf } from '@/lib/evidence/types';

const bytes = (...b: number[]) => new Uint8Array(b);
const text = (s: string) => new TextEncoder().encode(s);

describe('content checks', () => {
  it('accepts each declared type with matching content', () => {
    expect(checkContent('pdf', text('%PDF-1.7 ...'))).toBeNull();
    expect(checkContent('docx', text('PK\u0003\u0004....[Content_Types].xml....word/document.xml'))).toBeNull();
    expect(checkContent('xlsx', text('PK\u0003\u0004....[Content_Types].xml....xl/workbook.xml'))).toBeNull();
    expect(checkContent('png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBeNull();
    expect(checkContent('jpg', bytes(0xff, 0xd8, 0xff, 0xe0))).toBeNull();
    expect(checkContent('csv', text('firm;share\nΑνθρωπική;30\n深度求索;5\n'))).toBeNull();
    expect(checkContent('txt', text('plain text ✓'))).toBeNull();
  });

  it('refuses mismatches, executables and non-UTF-8 text with a message naming the problem', () => {
    expect(checkContent('pdf', text('PK\u0003\u0004'))).toMatch(/not a PDF/);
    expect(checkContent('docx', text('%PDF-'))).toMatch(/not a DOCX/);
    expect(checkContent('xlsx', text('PK\u0003\u0004 just a zip'))).toMatch(/plain zip/);
    expect(checkContent('png', bytes(0xff, 0xd8, 0xff))).toMatch(/not a PNG/);
    expect(checkContent('jpeg', text('GIF89a'))).toMatch(/not a JPEG/);
    for (const [sig, name] of [
      [[0x4d, 0x5a], /Windows/],
      [[0x7f, 0x45, 0x4c, 0x46], /Linux/],
      [[0x23, 0x21], /script/],
      [[0xfe, 0xed, 0xfa, 0xcf], /Mach-O/],
      [[0xca, 0xfe, 0xba, 0xbe], /Mach-O/],
    ] as const) {
      expect(checkContent('txt', bytes(...sig, 0x41))).toMatch(name);
      expect(checkContent('pdf', bytes(...sig, 0x41))).toMatch(name);
    }
    expect(checkContent('txt', bytes(0x41, 0x00))).toMatch(/NUL/);
    expect(checkContent('csv', bytes(0xc3, 0x28))).toMatch(/UTF-8/);
    expect(checkContent('pdf', bytes())).toMatch(/empty/);
  });
});

describe('file names', () => {
  it('strips folders, bidi and control characters, and knows the allowed extensions', () => {
    expect(cleanFileName('C:\\Users\\x\\deck.pdf')).toBe('deck.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(cleanFileName('a<b>:c?.txt')).toBe('a_b__c_.txt');
    expect(cleanFileName('...hidden.txt')).toBe('hidden.txt');
    expect(extensionOf('Deck.PDF')).toBe('pdf');
    expect(extensionOf('run.exe')).toBeNull();
    expect(extensionOf('noext')).toBeNull();
  });

  it('offers downloads as attachments with an ASCII fallback and an RFC 5987 UTF-8 name', () => {
    expect(contentDisposition('deck.pdf')).toBe(`attachment; filename="deck.pdf"; filename*=UTF-8''deck.pdf`);
    expect(contentDisposition('Ανάλυση "v2" (final).csv')).toBe(
      `attachment; filename="_______ _v2_ (final).csv"; filename*=UTF-8''%CE%91%CE%BD%CE%AC%CE%BB%CF%85%CF%83%CE%B7%20%22v2%22%20%28final%29.csv`,
    );
  });

  it('names each revision apart: "name (rev 2).pdf", the first revision as uploaded', () => {
    expect(revisionFileName('deck.pdf', 1)).toBe('deck.pdf');
    expect(revisionFileName('deck.pdf', 2)).toBe('deck (rev 2).pdf');
    expect(revisionFileName('Board deck.final.PDF', 12)).toBe('Board deck.final (rev 12).PDF');
    expect(revisionFileName('README', 3)).toBe('README (rev 3)');
    expect(revisionFileName('.env', 2)).toBe('.env (rev 2)');
    expect(contentDisposition(revisionFileName('Ανάλυση.pdf', 2))).toBe(
      `attachment; filename="_______ (rev 2).pdf"; filename*=UTF-8''%CE%91%CE%BD%CE%AC%CE%BB%CF%85%CF%83%CE%B7%20%28rev%202%29.pdf`,
    );
  });

  it('keeps hostile names from splitting the header, naming a path or hiding the extension', () => {
    const header = contentDisposition('a"\r\nSet-Cookie: x=1;.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toBe(`attachment; filename="a___Set-Cookie: x=1_.pdf"; filename*=UTF-8''a%22__Set-Cookie%3A%20x%3D1%3B.pdf`);
    expect(contentDisposition('../../etc/passwd')).toBe(`attachment; filename="_.._etc_passwd"; filename*=UTF-8''_.._etc_passwd`);
    expect(contentDisposition('invoice\u202Efdp.exe')).toBe(`attachment; filename="invoice_fdp.exe"; filename*=UTF-8''invoice_fdp.exe`);
    expect(contentDisposition('100%25 sure.pdf')).toBe(`attachment; filename="100_25 sure.pdf"; filename*=UTF-8''100%2525%20sure.pdf`);
    expect(contentDisposition('')).toBe(`attachment; filename="download"; filename*=UTF-8''download`);
    // Every value stays a single header line of visible ASCII, whatever the name.
    for (const name of ['\u0000', '名前 (rev 2).pdf', 'x\u2066y', '😀.txt', "it's.pdf"]) {
      expect(contentDisposition(name)).toMatch(/^[\x20-\x7E]+$/);
    }
  });
});
