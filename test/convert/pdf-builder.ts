/**
 * Writes small PDFs for tests, with what hostile or odd files carry: several pages of text,
 * a document-open JavaScript action, a link annotation. Offsets in the cross-reference table are
 * computed, so pdf.js reads the file without repairing it.
 */
export interface PdfSpec {
  /** Each page's lines, drawn top to bottom in Helvetica 11 pt. */
  pages: string[][];
  openActionJavaScript?: string;
  linkUri?: string;
}

const escapePdf = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);

export function buildPdf(spec: PdfSpec): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) + 0;
  const catalog = add("");
  const pagesId = add("");
  const font = add(
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  );
  const link = spec.linkUri
    ? add(
        `<< /Type /Annot /Subtype /Link /Rect [72 700 300 720] /A << /S /URI /URI (${escapePdf(spec.linkUri)}) >> >>`,
      )
    : null;
  const kids: number[] = [];
  for (const lines of spec.pages) {
    const ops = lines
      .map((line, i) => `BT /F1 11 Tf 72 ${760 - i * 14} Td (${escapePdf(line)}) Tj ET`)
      .join("\n");
    const content = add(`<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R${link ? ` /Annots [${link} 0 R]` : ""} >>`,
      ),
    );
  }
  const action = spec.openActionJavaScript
    ? ` /OpenAction << /S /JavaScript /JS (${escapePdf(spec.openActionJavaScript)}) >>`
    : "";
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R${action} >>`;
  objects[pagesId - 1] =
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
