import { readdirSync, readFileSync } from "node:fs";
import { extractGraph, type SourceFile } from "../../src/core/extract/index.ts";
import { titleKey } from "../../src/core/extract/titles.ts";
import type { OrgGraph } from "../../src/core/graph/schema.ts";

export const FIXTURES = new URL("../fixtures/", import.meta.url);
export const IMPORT = new URL("import/", FIXTURES);

export function readFixture(path: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(path, IMPORT)));
}

/** The test documents (markdown and OCR style, English and French) the import fixtures come from. */
export function sourceDocuments(): { file: string; base: string; bytes: Uint8Array }[] {
  return ["docs/", "docs-fr/"].flatMap((dir) =>
    readdirSync(new URL(dir, FIXTURES))
      .sort()
      .map((file) => ({
        file,
        base: file.replace(/\.(md|txt)$/, ""),
        bytes: new Uint8Array(readFileSync(new URL(dir + file, FIXTURES))),
      })),
  );
}

export function graphOf(source: SourceFile): OrgGraph {
  return extractGraph([source]);
}

/**
 * What a chart shows of a graph, as comparable lines: each position with its kind, classification,
 * size and organization, and each reporting line by titles.
 */
export function chartFacts(graph: OrgGraph): { positions: string[]; lines: string[] } {
  const title = new Map(graph.nodes.map((n) => [n.id, n.title]));
  const positions = graph.nodes
    .map((n) =>
      JSON.stringify([n.title, n.kind, n.classification, n.fte, n.ftePlanned, n.organization]),
    )
    .sort();
  const lines = graph.edges.map((e) => `${title.get(e.source)} -> ${title.get(e.target)}`).sort();
  return { positions, lines };
}

/**
 * Reporting lines and attributes one by one, positions named by the extractor's own matching key
 * (case, accents and "of" vs comma ignored, as it matches names across documents).
 */
export function factItems(graph: OrgGraph): string[] {
  const key = new Map(graph.nodes.map((n) => [n.id, titleKey(n.title)]));
  const items: string[] = [];
  for (const n of graph.nodes) {
    const k = titleKey(n.title);
    items.push(`position ${k}`);
    if (n.classification) items.push(`classification ${k} ${n.classification}`);
    if (n.fte !== null) items.push(`size ${k} ${n.fte}`);
  }
  for (const e of graph.edges) items.push(`line ${key.get(e.source)} -> ${key.get(e.target)}`);
  return items;
}
