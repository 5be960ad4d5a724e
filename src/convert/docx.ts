import { docxHtmlToMarkdown } from "./docx-markdown.ts";
import { ConvertError } from "./messages.ts";
import { guardDocxPackage } from "./zip-guard.ts";

/** Word styles that name a heading without being "Heading n" (mammoth maps those itself). */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Titre'] => h1:fresh",
  "p[style-name='Sous-titre'] => h2:fresh",
];

/**
 * A Word document's text as the extractor's markdown: headings, bold labels, lists and tables
 * kept. Pictures are never read (nor fetched when linked), macros are ignored, hyperlinks keep
 * their text only.
 */
export async function convertDocx(
  bytes: Uint8Array,
): Promise<{ text: string; warnings: string[] }> {
  const guarded = guardDocxPackage(bytes);
  const mammoth = (await import("mammoth")).default;
  const copy = guarded.bytes.slice().buffer;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      // Node's mammoth opens `buffer`, its browser build `arrayBuffer`: each takes its own.
      { buffer: guarded.bytes, arrayBuffer: copy } as unknown as { arrayBuffer: ArrayBuffer },
      {
        styleMap: STYLE_MAP,
        externalFileAccess: false,
        // Pictures are left out without being read: a linked one is never fetched.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: "" })),
      },
    );
    html = result.value;
  } catch {
    throw new ConvertError("corrupt-docx");
  }
  const warnings = guarded.hadMacros ? ["It contains macros; they were ignored."] : [];
  return { text: docxHtmlToMarkdown(html), warnings };
}
