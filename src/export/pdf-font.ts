/** The TrueType files a PDF embeds (jsPDF keeps only the glyphs it uses). */
export interface PdfFonts {
  regular: ArrayBuffer;
  bold: ArrayBuffer;
}

export type FontLoader = () => Promise<PdfFonts>;

/** The family name the PDF's text is set in. */
export const PDF_FONT = "DejaVu Sans Condensed";

/** Bytes as a binary string, the form jsPDF's virtual file system takes a TrueType file in. */
export function binaryString(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let out = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}
