import type Fuse from "fuse.js";
import type { GraphIndex } from "./indexes.ts";
import { organizationLabel } from "./indexes.ts";

export interface SearchEntry {
  id: string;
  title: string;
  aliases: string[];
  classification: string;
  organization: string;
}

export type SearchIndex = Fuse<SearchEntry>;

type FuseClass = typeof Fuse;

let fuseCode: Promise<FuseClass> | null = null;

/**
 * The fuzzy matcher's code (fuse.js), loaded on first use: it is not needed to draw the chart,
 * and left out of the start-up scripts it is ~26 KB less to compile before the first paint.
 */
export function loadSearchCode(): Promise<FuseClass> {
  fuseCode ??= import("fuse.js").then((m) => m.default);
  return fuseCode;
}

/** A fuzzy index over title, aliases, classification and organization. */
export function buildSearchIndex(FuseCtor: FuseClass, ix: GraphIndex): SearchIndex {
  const entries: SearchEntry[] = ix.graph.nodes.map((n) => ({
    id: n.id,
    title: n.title,
    aliases: n.aliases,
    classification: n.classification ?? "",
    // The organization its tree's top position names (a position drawn in the Unplaced frame
    // is still found by its department).
    organization: organizationLabel(ix.byId.get(ix.rootOf.get(n.id) ?? n.id) ?? n),
  }));
  return new FuseCtor(entries, {
    keys: [
      { name: "title", weight: 3 },
      { name: "aliases", weight: 2 },
      { name: "classification", weight: 1 },
      { name: "organization", weight: 1 },
    ],
    threshold: 0.35,
    ignoreLocation: true,
  });
}

const built = new WeakMap<GraphIndex, Promise<SearchIndex>>();

/**
 * The search index of a graph, built on first use and kept for as long as the graph: building
 * it for 10,000 positions takes tens of milliseconds nobody should wait for before the chart.
 */
export function searchIndexOf(ix: GraphIndex): Promise<SearchIndex> {
  let index = built.get(ix);
  if (!index) {
    index = loadSearchCode().then((FuseCtor) => buildSearchIndex(FuseCtor, ix));
    built.set(ix, index);
  }
  return index;
}

/** Best matches first. */
export function searchPositions(index: SearchIndex, query: string, limit = 12): SearchEntry[] {
  if (query.trim() === "") return [];
  return index.search(query.trim(), { limit }).map((r) => r.item);
}
