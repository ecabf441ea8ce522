import type { EvidenceExt } from './types';

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

const EXECUTABLES: { name: string; sig: number[] }[] = [
  { name: 'a Windows executable (MZ)', sig: ascii('MZ') },
  { name: 'a Linux executable (ELF)', sig: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'a script (#!)', sig: ascii('#!') },
  { name: 'a macOS executable (Mach-O)', sig: [0xfe, 0xed, 0xfa, 0xce] },
  { name: 'a macOS executable (Mach-O)', sig: [0xfe, 0xed, 0xfa, 0xcf] },
  { name: 'a macOS executable (Mach-O)', sig: [0xce, 0xfa, 0xed, 0xfe] },
  { name: 'a macOS executable (Mach-O)', sig: [0xcf, 0xfa, 0xed, 0xfe] },
  { name: 'a macOS universal executable (Mach-O)', sig: [0xca, 0xfe, 0xba, 0xbe] },
];

/** Whether the bytes contain an ASCII marker (zip entry names are stored uncompressed). */
function contains(bytes: Uint8Array, marker: string, limit = bytes.length): boolean {
  const m = ascii(marker);
  const end = Math.min(limit, bytes.length) - m.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < m.length; j++) if (bytes[i + j] !== m[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Checks that a file's content is what its extension declares. Returns a message a person can act
 * on, or null when the content fits. Executables are refused whatever the extension says.
 */
export function checkContent(ext: EvidenceExt, bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'The file is empty.';
  const exe = EXECUTABLES.find((e) => startsWith(bytes, e.sig));
  if (exe) return `This file is ${exe.name}; executables and scripts cannot be attached as evidence.`;
  const label = ext.toUpperCase();
  switch (ext) {
    case 'pdf':
      return startsWith(bytes, ascii('%PDF-')) ? null : 'This file is named .pdf but its content is not a PDF.';
    case 'docx':
    case 'xlsx': {
      if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return `This file is named .${ext} but its content is not a ${label} document.`;
      // An Office Open XML package names its parts in plain text: a Word file has word/, a workbook xl/.
      if (!contains(bytes, '[Content_Types].xml')) return `This file is named .${ext} but it is a plain zip archive, not a ${label} document.`;
      const part = ext === 'docx' ? 'word/' : 'xl/';
      return contains(bytes, part) ? null : `This file is named .${ext} but it is a different Office document (it has no ${part} part).`;
    }
    case 'png':
      return startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) ? null : 'This file is named .png but its content is not a PNG image.';
    case 'jpg':
    case 'jpeg':
      return startsWith(bytes, [0xff, 0xd8, 0xff]) ? null : `This file is named .${ext} but its content is not a JPEG image.`;
    case 'csv':
    case 'txt': {
      if (bytes.includes(0)) return `This file is named .${ext} but contains binary data (NUL bytes); text files must be plain UTF-8.`;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return null;
      } catch {
        return `This file is named .${ext} but is not valid UTF-8 text; save it as UTF-8 and upload again.`;
      }
    }
  }
}
