import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString, type PDFObject } from 'pdf-lib';
import { pdftotext, writeTemp } from '../pdf/poppler';

/**
 * Everything a reader of a PDF could get at: the page text (pdftotext), every string object
 * (document properties, bookmarks, annotations) decoded, and every stream decompressed.
 */
export interface PdfSurfaces {
  text: string;
  strings: string[];
  streams: string;
  info: Record<string, string>;
  bookmarks: string[];
}

function collectStrings(obj: PDFObject | undefined, out: string[], seen: Set<PDFObject>): void {
  if (!obj || seen.has(obj)) return;
  seen.add(obj);
  if (obj instanceof PDFString || obj instanceof PDFHexString) out.push(obj.decodeText());
  else if (obj instanceof PDFDict) for (const [, v] of obj.entries()) collectStrings(v, out, seen);
  else if (obj instanceof PDFArray) for (let i = 0; i < obj.size(); i++) collectStrings(obj.get(i), out, seen);
}

export async function readSurfaces(bytes: Uint8Array, name = 'surfaces.pdf'): Promise<PdfSurfaces> {
  const text = pdftotext(writeTemp(name, bytes)).replace(/\s+/g, ' ');
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const strings: string[] = [];
  const streams: string[] = [];
  const seen = new Set<PDFObject>();
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (obj instanceof PDFRawStream) {
      collectStrings(obj.dict, strings, seen);
      try {
        streams.push(Buffer.from(decodePDFRawStream(obj).decode()).toString('latin1'));
      } catch {
        streams.push(Buffer.from(obj.contents).toString('latin1'));
      }
    } else collectStrings(obj, strings, seen);
  }
  const infoDict = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
  const info: Record<string, string> = {};
  for (const [k, v] of infoDict?.entries() ?? []) if (v instanceof PDFString || v instanceof PDFHexString) info[k.decodeText()] = v.decodeText();
  const bookmarks: string[] = [];
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const walk = (d: PDFDict | undefined) => {
    for (let n = d; n; n = n.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const t = n.lookupMaybe(PDFName.of('Title'), PDFString, PDFHexString);
      if (t) bookmarks.push(t.decodeText());
      walk(n.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  walk(outlines?.lookupMaybe(PDFName.of('First'), PDFDict));
  return { text, strings, streams: streams.join('\n'), info, bookmarks };
}
