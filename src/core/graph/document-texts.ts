import { hash32 } from "../hash.ts";
import type { GraphDocument, SourceRef } from "./model.ts";

/** Reads one document's text: from its own file (version 2) or from memory (version 1). */
export type DocumentTextSource = (doc: GraphDocument) => Promise<string>;

/** Why a document's text is not shown. */
export type TextProblem = "missing" | "mismatch" | "unreachable";

export class DocumentTextError extends Error {
  constructor(readonly problem: TextProblem) {
    super(`document text ${problem}`);
  }
}

/** Where a document's text file lives, relative to graph.json. */
export function documentTextPath(doc: Pick<GraphDocument, "id">): string {
  return `documents/${encodeURIComponent(doc.id)}.txt`;
}

/**
 * The text if it is the one graph.json was made from (same length and fingerprint); a text that
 * differs would put every highlight on the wrong words, so it is refused.
 */
export function verifiedText(doc: GraphDocument, text: string): string {
  if (text.length !== doc.textLength || hash32(text) !== doc.textHash)
    throw new DocumentTextError("mismatch");
  return text;
}

/** Texts held in memory, e.g. those a version 1 graph.json carried. */
export function memoryTextSource(texts: ReadonlyMap<string, string>): DocumentTextSource {
  return async (doc) => {
    const text = texts.get(doc.id);
    if (text === undefined) throw new DocumentTextError("missing");
    return verifiedText(doc, text);
  };
}

/** The sentence a source points at, once its document's text is known. */
export function sliceOf(text: string, ref: Pick<SourceRef, "start" | "end">): string {
  return text.slice(ref.start, ref.end);
}
