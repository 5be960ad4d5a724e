import MiniSearch from "minisearch";
import { buildIndex } from "../../../src/core/graph/indexes.ts";
import { createPositionSearch, searchEntries } from "../../../src/core/graph/search.ts";
import { fixtureGraph, seedLike } from "../../support.ts";

const ix = buildIndex(seedLike());
const search = createPositionSearch(MiniSearch, searchEntries(ix));
const titles = (query: string, limit?: number) =>
  search.search(query, limit).map((id) => ix.byId.get(id)!.title);

describe("position search", () => {
  it("finds a position by its title as it is typed, best match first", () => {
    expect(titles("Head of Design Research")[0]).toBe("Head of Design Research");
    expect(titles("head of des")).toEqual(
      expect.arrayContaining(["Head of Design", "Head of Design Research"]),
    );
    expect(titles("head of des").every((t) => t.startsWith("Head of Des"))).toBe(true);
  });

  it("forgives a typo in a longer word", () => {
    expect(titles("Enagement")[0]).toBe("Director, Engagement");
    expect(titles("Directr, Client")[0]).toBe("Director, Client Relations");
  });

  it("finds other names, classifications and organizations", () => {
    expect(titles("CS-04")).toEqual(["Manager of Delivery"]);
    const withAlias = ix.graph.nodes.find((n) => n.aliases.length > 0)!;
    expect(titles(withAlias.aliases[0]!)).toContain(withAlias.title);
    // An organization's name gives its top positions.
    expect(titles("Service Canada")[0]).toBe("Executive Director, Citizen Services");
  });

  it("ignores case and accents, for French titles", () => {
    const { graph } = fixtureGraph("seed-like.json");
    graph.nodes[1]!.title = "Gestionnaire, Numérisation des collections";
    const french = buildIndex(graph);
    const s = createPositionSearch(MiniSearch, searchEntries(french));
    expect(s.search("numerisation")).toEqual([graph.nodes[1]!.id]);
    expect(s.search("NUMÉRIS")).toEqual([graph.nodes[1]!.id]);
  });

  it("returns nothing for an empty query or no match, and at most `limit` results", () => {
    expect(search.search("   ")).toEqual([]);
    expect(search.search("zzzz qqqq")).toEqual([]);
    expect(titles("head", 3)).toHaveLength(3);
  });
});
