import type { GraphDocument } from "./model.ts";

/**
 * The page (from 1) a place in a document's text is on, for PDFs, scans and images (from
 * `pageStarts`); null for documents without pages.
 *
 * @example pageAt({ pageStarts: [0, 1200, 2600] }, 1500) // 2
 */
export function pageAt(doc: Pick<GraphDocument, "pageStarts">, offset: number): number | null {
  const starts = doc.pageStarts;
  if (!starts || starts.length === 0) return null;
  let page = 1;
  for (let i = 1; i < starts.length; i++) if (starts[i]! <= offset) page = i + 1;
  return page;
}

/** How many pages a document has; null for documents without pages. */
export function pageCount(doc: Pick<GraphDocument, "pageStarts">): number | null {
  return doc.pageStarts && doc.pageStarts.length > 0 ? doc.pageStarts.length : null;
}
