// File names only, with no library: the page's file picker and drop target use it at start-up.

/** Names a documents folder or a picker offers: what is read and what gets a clear refusal. */
export const DOCUMENT_EXTENSIONS = [
  "md",
  "markdown",
  "txt",
  "docx",
  "docm",
  "pdf",
  "png",
  "jpg",
  "jpeg",
  "tif",
  "tiff",
  "doc",
  "rtf",
  "odt",
  "zip",
] as const;

const DOCUMENT_NAME = new RegExp(`\\.(${DOCUMENT_EXTENSIONS.join("|")})$`, "i");

/** True for a file name the importer reads or explains. */
export function isDocumentName(name: string): boolean {
  return DOCUMENT_NAME.test(name);
}
