import type MiniSearch from "minisearch";
import type { GraphIndex } from "./indexes.ts";
import { organizationLabel } from "./indexes.ts";

/** What search knows of a position: what it matches on and what a result shows. */
export interface SearchEntry {
  id: string;
  title: string;
  aliases: string[];
  classification: string;
  organization: string;
}

/** The entries of every position, in graph order (built on the main thread: a map over nodes). */
export function searchEntries(ix: GraphIndex): SearchEntry[] {
  return ix.graph.nodes.map((n) => ({
    id: n.id,
    title: n.title,
    aliases: n.aliases,
    classification: n.classification ?? "",
    // The organization its tree's top position names (a position drawn in the Unplaced frame
    // is still found by its department).
    organization: organizationLabel(ix.byId.get(ix.rootOf.get(n.id) ?? n.id) ?? n),
  }));
}

/** Finds positions; built once per graph, then answers each keystroke. */
export interface PositionSearch {
  /** Ids of the best matches first, at most `limit`. */
  search(query: string, limit?: number): string[];
}

type MiniSearchClass = typeof MiniSearch;

/** Lower case without accents: "Numérisation" and "numerisation" are the same word. */
function fold(term: string): string {
  return term
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/** One distinct string positions are found by, and the positions it finds. */
interface Label {
  id: number;
  text: string;
  kind: "title" | "alias" | "classification" | "organization";
}

/** Titles rank above other names, other names above classifications and organizations. */
const WEIGHT: Record<Label["kind"], number> = {
  title: 3,
  alias: 2,
  classification: 1,
  organization: 1,
};

/**
 * A search over titles, other names, classifications and organizations (MiniSearch, an inverted
 * index). It indexes each distinct string once, not each position: a department's 100,000
 * positions have a few thousand distinct titles, so a keystroke costs the matching titles, not
 * the matching positions. Words match by prefix as they are typed and, from four letters, with
 * a typo or two. (fuse.js, used before, scanned every position on each keystroke: 1-6 s at
 * 100,000 positions.) An organization's name finds its top positions.
 */
export function createPositionSearch(
  MiniSearchCtor: MiniSearchClass,
  entries: readonly SearchEntry[],
): PositionSearch {
  const labels: Label[] = [];
  const found: string[][] = [];
  const byKey = new Map<string, number>();
  const add = (text: string, kind: Label["kind"], id: string, cap = Infinity) => {
    if (text === "") return;
    const key = `${kind}\u0000${text}`;
    let at = byKey.get(key);
    if (at === undefined) {
      at = labels.push({ id: labels.length, text, kind }) - 1;
      found.push([]);
      byKey.set(key, at);
    }
    if (found[at]!.length < cap) found[at]!.push(id);
  };
  for (const e of entries) {
    add(e.title, "title", e.id);
    for (const alias of e.aliases) add(alias, "alias", e.id);
    add(e.classification, "classification", e.id);
    // Entries come in graph order, managers first: an organization finds its first positions.
    add(e.organization, "organization", e.id, 3);
  }
  const index = new MiniSearchCtor<Label>({
    fields: ["text"],
    processTerm: fold,
    searchOptions: {
      // The word being typed (the last) is a prefix, unless it is a lone letter, which would
      // match most words.
      prefix: (term, i, terms) => term.length > 1 || (i === terms.length - 1 && terms.length > 1),
      fuzzy: (term) => (term.length > 3 ? 0.2 : false),
      combineWith: "AND",
      boostDocument: (id) => WEIGHT[labels[id as number]!.kind],
    },
  });
  index.addAll(labels);
  return {
    search(query, limit = 12) {
      if (query.trim() === "") return [];
      const ids: string[] = [];
      const seen = new Set<string>();
      for (const hit of index.search(query.trim())) {
        for (const id of found[hit.id as number]!) {
          if (seen.has(id)) continue;
          seen.add(id);
          ids.push(id);
          if (ids.length >= limit) return ids;
        }
      }
      return ids;
    },
  };
}

/** The search code, loaded when search is first needed (it is not needed to draw the chart). */
export function loadSearchCode(): Promise<MiniSearchClass> {
  return import("minisearch").then((m) => m.default);
}
