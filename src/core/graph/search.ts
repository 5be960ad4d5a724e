import Fuse from "fuse.js";
import type { GraphIndex } from "./indexes.ts";
import { organizationOf } from "./queries.ts";

export interface SearchEntry {
  id: string;
  title: string;
  aliases: string[];
  classification: string;
  organization: string;
}

export type SearchIndex = Fuse<SearchEntry>;

/** A fuzzy index over title, aliases, classification and organization, built once per graph. */
export function buildSearchIndex(ix: GraphIndex): SearchIndex {
  const entries: SearchEntry[] = ix.graph.nodes.map((n) => ({
    id: n.id,
    title: n.title,
    aliases: n.aliases,
    classification: n.classification ?? "",
    organization: organizationOf(ix, n.id),
  }));
  return new Fuse(entries, {
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

const built = new WeakMap<GraphIndex, SearchIndex>();

/**
 * The search index of a graph, built on first use and kept for as long as the graph: building
 * it for 10,000 positions takes tens of milliseconds nobody should wait for before the chart.
 */
export function searchIndexOf(ix: GraphIndex): SearchIndex {
  let index = built.get(ix);
  if (!index) {
    index = buildSearchIndex(ix);
    built.set(ix, index);
  }
  return index;
}

/** Best matches first. */
export function searchPositions(index: SearchIndex, query: string, limit = 12): SearchEntry[] {
  if (query.trim() === "") return [];
  return index.search(query.trim(), { limit }).map((r) => r.item);
}
