import { unzipSync, zipSync } from "fflate";
import { ConvertError } from "./messages.ts";

/** A Word document's text parts are a few MB at most; these limits leave room for huge ones. */
const MAX_PART_BYTES = 64_000_000;
const MAX_TOTAL_BYTES = 200_000_000;
/** XML compresses about 10:1; a part that claims 200:1 is built to exhaust memory. */
const MAX_RATIO = 200;

/** Parts the converter never needs: pictures, embedded files, fonts and macros. */
const SKIPPED = /^(?:word\/(?:media|embeddings|fonts)\/|.*\.bin$)/i;

/** What a Word package holds that the converter set aside, to tell the user. */
export interface GuardedPackage {
  /** The text parts again, stored without compression, for mammoth to open. */
  bytes: Uint8Array;
  hadMacros: boolean;
}

/**
 * Opens a .docx with its sizes checked before anything is inflated: a zip bomb is refused, and
 * pictures, embedded objects and macros are left out. The text parts are stored again without
 * compression, so the reader that opens them next inflates nothing.
 */
export function guardDocxPackage(bytes: Uint8Array): GuardedPackage {
  let total = 0;
  let hadMacros = false;
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (entry) => {
        if (/vbaProject\.bin$/i.test(entry.name)) hadMacros = true;
        if (SKIPPED.test(entry.name)) return false;
        total += entry.originalSize;
        const ratio = entry.originalSize / Math.max(entry.size, 1);
        if (entry.originalSize > MAX_PART_BYTES || total > MAX_TOTAL_BYTES) throw bomb();
        if (entry.originalSize > 1_000_000 && ratio > MAX_RATIO) throw bomb();
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ConvertError) throw error;
    throw new ConvertError("corrupt-docx");
  }
  if (!parts["word/document.xml"]) throw new ConvertError("corrupt-docx");
  return { bytes: zipSync(parts, { level: 0 }), hadMacros };
}

const bomb = () => new ConvertError("zip-bomb");
