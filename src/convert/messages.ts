/**
 * Why a file could not be read, in one table: a stable code and the sentence a person reads.
 * Each says what to do next; none is a crash.
 */
export const PROBLEMS = {
  "legacy-word": "It is an old Word document (.doc). Save it as .docx or PDF and open it again.",
  "rich-text": "It is a Rich Text (.rtf) file. Save it as .docx or PDF and open it again.",
  "open-document": "It is an OpenDocument (.odt) file. Save it as .docx or PDF and open it again.",
  "unsupported-type":
    "This kind of file is not read. Save it as .docx or PDF (or .md or .txt) and open it again.",
  "password-protected":
    "The PDF is protected by a password. Save an unprotected copy (or a .docx) and open it again.",
  "corrupt-docx":
    "The Word file is damaged or incomplete and could not be opened. Save it again from Word and open the new copy.",
  "corrupt-pdf":
    "The PDF is damaged or incomplete and could not be opened. Save or download it again and open the new copy.",
  "corrupt-image": "The image could not be read. Save it again as PNG or JPEG and open it again.",
  "zip-archive": "It is a zip archive. Unzip it and open the documents inside.",
  "zip-bomb":
    "The Word file unpacks to far more data than a document holds, so it was not opened. Save it again from Word and open the new copy.",
  "too-large":
    "The file is larger than 50 MB, so it was not opened. Split it or save a smaller copy.",
  "too-many-pages":
    "The PDF has more than 300 pages, so it was not opened. Save the job descriptions as separate files.",
  "empty-file": "The file is empty.",
  "no-text": "No text was found in it (an image without words, or a scan too faint to read).",
  "ocr-unavailable":
    "It is a scan or an image and needs text recognition (OCR), which is not available here.",
  cancelled: "Reading was cancelled.",
  failed:
    "It could not be read because of an unexpected error. Please report it with the file type.",
} as const;

export type ProblemCode = keyof typeof PROBLEMS;

/** Thrown inside a converter to stop with a problem from the table. */
export class ConvertError extends Error {
  constructor(readonly code: ProblemCode) {
    super(PROBLEMS[code]);
  }
}
