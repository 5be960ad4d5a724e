import { unzipSync } from "fflate";

export { DOCUMENT_EXTENSIONS, isDocumentName } from "./document-names.ts";

/** What a file is, by its first bytes (and, for text, its name). */
export type FileKind =
  | "text"
  | "docx"
  | "pdf"
  | "image"
  | "legacy-word"
  | "rich-text"
  | "open-document"
  | "zip-archive"
  | "unknown";

const startsWith = (bytes: Uint8Array, ...signature: number[]) =>
  signature.every((b, i) => bytes[i] === b);

function ascii(bytes: Uint8Array, length: number): string {
  return String.fromCharCode(...bytes.subarray(0, length));
}

/** A zip's entry names, read from its directory without inflating anything. */
function zipEntryNames(bytes: Uint8Array): string[] | null {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        names.push(entry.name);
        return false;
      },
    });
    return names;
  } catch {
    return null;
  }
}

function zipKind(name: string, bytes: Uint8Array): FileKind {
  const names = zipEntryNames(bytes);
  // A zip whose directory cannot be read is a damaged Word file when its name says it is one.
  if (names === null) return /\.(docx|docm)$/i.test(name) ? "docx" : "zip-archive";
  if (names.includes("word/document.xml")) return "docx";
  if (names.includes("content.xml") && names.includes("mimetype")) return "open-document";
  return "zip-archive";
}

/** The kind of a file: its bytes decide, so a renamed file is still read for what it is. */
export function sniffKind(name: string, bytes: Uint8Array): FileKind {
  if (/%PDF-/.test(ascii(bytes, 1024))) return "pdf";
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return zipKind(name, bytes);
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return "legacy-word";
  if (ascii(bytes, 5) === "{\\rtf") return "rich-text";
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47)) return "image";
  if (startsWith(bytes, 0xff, 0xd8, 0xff)) return "image";
  if (startsWith(bytes, 0x49, 0x49, 0x2a, 0x00) || startsWith(bytes, 0x4d, 0x4d, 0x00, 0x2a))
    return "image";
  if (/\.(md|markdown|txt)$/i.test(name)) return "text";
  if (/\.(docx|docm)$/i.test(name)) return "docx";
  if (/\.pdf$/i.test(name)) return "pdf";
  return "unknown";
}
