import { hash32 } from "../hash.ts";
import type { Diagnostic, GraphDocument, OrgGraph, SourceRef } from "./model.ts";
import { edgeKey } from "./model.ts";
import type { OrgGraph as GraphV1, Quote } from "./schema.ts";

/** A graph in memory with the documents' text it came with (version 1 files carry it). */
export interface GraphWithTexts {
  graph: OrgGraph;
  texts: ReadonlyMap<string, string>;
}

/** A document entry of version 2 for a document and its text. */
export function documentEntry(doc: Omit<GraphV1["documents"][number], "text">, text: string) {
  const { id, file, title, format, status, reason, positionId, documentDate, bytes } = doc;
  const entry: GraphDocument = {
    ...{ id, file, title, format, status, reason, positionId, documentDate, bytes },
    textLength: text.length,
    textHash: hash32(text),
  };
  if (doc.sourceFormat !== undefined) entry.sourceFormat = doc.sourceFormat;
  if (doc.pageStarts !== undefined) entry.pageStarts = doc.pageStarts;
  return entry;
}

/**
 * Version 1 -> 2: each quoted sentence becomes the range where it stands in its document's text,
 * and the text moves out of the graph. This is also how the prebuild writes the extractor's
 * result, so a version 1 file and a fresh extraction read the same way. A quote that is not in
 * its document (a hand-edited file) is left out and said so in a diagnostic, rather than kept
 * as a range that would show another sentence.
 */
export function fromVersion1(v1: GraphV1): GraphWithTexts {
  const texts = new Map(v1.documents.map((d) => [d.id, d.text]));
  const found = new Map<string, number>();
  let missing = 0;
  const ref = (q: Quote): SourceRef[] => {
    const key = `${q.documentId}\u0000${q.quote}`;
    let start = found.get(key);
    if (start === undefined) {
      start = texts.get(q.documentId)?.indexOf(q.quote) ?? -1;
      found.set(key, start);
    }
    if (start < 0 || q.quote === "") {
      missing += 1;
      return [];
    }
    return [{ documentId: q.documentId, start, end: start + q.quote.length }];
  };
  const graph: OrgGraph = {
    schemaVersion: 2,
    documents: v1.documents.map(({ text, ...doc }) => documentEntry(doc, text)),
    nodes: v1.nodes.map((n) => ({
      ...n,
      dimensions: n.dimensions.flatMap(({ documentId, quote, ...d }) =>
        ref({ documentId, quote }).map((source) => ({ ...d, source })),
      ),
      facts: n.facts.flatMap(({ documentId, quote, ...f }) =>
        ref({ documentId, quote }).map((source) => ({ ...f, source })),
      ),
      mentions: n.mentions.flatMap(ref),
    })),
    edges: v1.edges.map((e) => ({
      id: edgeKey(e.source, e.target),
      source: e.source,
      target: e.target,
      evidence: e.evidence.flatMap(ref),
    })),
    diagnostics: missing > 0 ? [...v1.diagnostics, quotesLeftOut(missing)] : v1.diagnostics,
  };
  return { graph, texts };
}

function quotesLeftOut(count: number): Diagnostic {
  return {
    severity: "warning",
    code: "quote-not-in-document",
    message: `${count} quoted sentence(s) of this version 1 graph could not be found in their documents' text and were left out.`,
  };
}
