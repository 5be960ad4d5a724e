import fs from "node:fs";
import path from "node:path";
import { generateCorpus } from "./corpus.ts";

/** Job descriptions per position the generator makes on average (it also names teams). */
const POSITIONS_PER_DOCUMENT = 4;

/**
 * Writes generated job descriptions of real length (5-15 KB of prose each: accountabilities,
 * dimensions, organization structure; markdown and OCR style) for about `positions` positions
 * into `dir`, and returns how many documents it wrote. Deterministic for a size.
 */
export function writeGeneratedDocuments(dir: string, positions: number): number {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const documents = Math.max(1, Math.round(positions / POSITIONS_PER_DOCUMENT));
  const corpus = generateCorpus({ documents, seed: 7, minBytes: 5_000, maxBytes: 15_000 });
  for (const doc of corpus.documents) fs.writeFileSync(path.join(dir, doc.file), doc.bytes);
  return corpus.documents.length;
}
