import { hash32 } from "../hash.ts";
import type { OrgGraph } from "./model.ts";

const TITLES = ["Director", "Manager", "Team Lead", "Senior Analyst", "Advisor", "Officer"];
const AREAS = [
  "Policy",
  "Service Delivery",
  "Digital Platforms",
  "Finance",
  "Client Relations",
  "Research",
];
/** The one document of a synthetic org (its text file, when served, holds exactly this). */
export const SYNTHETIC_TEXT = "# Synthetic organization\n\nGenerated for tests and benchmarks.";
const EVIDENCE = {
  start: SYNTHETIC_TEXT.indexOf("Generated"),
  end: SYNTHETIC_TEXT.length,
};
const CLASSES = ["EX-03", "EX-01", "CS-05", "AS-07", "EC-06", "PM-05"];

/**
 * A schema-valid synthetic org of `size` positions split over `orgs` organizations, each a
 * breadth-first tree with up to `fanout` reports per manager. Deterministic, for tests and the
 * benchmark.
 */
export function syntheticOrg(
  size: number,
  options: { orgs?: number; fanout?: number } = {},
): OrgGraph {
  const orgCount = Math.max(1, Math.min(options.orgs ?? 3, size));
  const fanout = options.fanout ?? 8;
  const text = SYNTHETIC_TEXT;
  const doc = {
    id: "doc-synthetic",
    file: "synthetic.md",
    title: "Synthetic organization",
    format: "markdown" as const,
    status: "parsed" as const,
    reason: null,
    positionId: null,
    documentDate: null,
    bytes: 60,
    textLength: text.length,
    textHash: hash32(text),
  };
  const graph: OrgGraph = {
    schemaVersion: 2,
    documents: [doc],
    nodes: [],
    edges: [],
    diagnostics: [],
  };
  const perOrg = Math.ceil(size / orgCount);
  let made = 0;
  for (let o = 0; o < orgCount && made < size; o++) {
    const department = `Department ${String.fromCharCode(65 + (o % 26))}${o >= 26 ? o : ""}`;
    const queue: Array<{ id: string; depth: number; kids: number }> = [];
    const count = Math.min(perOrg, size - made);
    for (let i = 0; i < count; i++) {
      const id = `o${o}-n${i}`;
      const depth = i === 0 ? 0 : queue[0]!.depth + 1;
      const area = AREAS[(i * 7 + o) % AREAS.length]!;
      const title =
        i === 0
          ? `Deputy Head ${o + 1}`
          : `${TITLES[Math.min(depth - 1, TITLES.length - 1)]}, ${area} ${i}`;
      graph.nodes.push({
        id,
        title,
        aliases: [],
        kind: depth >= 3 && i % 5 === 0 ? "team" : "position",
        classification: CLASSES[Math.min(depth, CLASSES.length - 1)]!,
        fte: depth >= 2 ? (i % 12) + 1 : null,
        ftePlanned: i % 17 === 0,
        organization: { department, branch: null, directorate: null },
        positionNumber: null,
        location: null,
        effectiveDate: null,
        dimensions: [],
        facts: [],
        documentIds: [],
        mentions: [],
      });
      if (i > 0) {
        const manager = queue[0]!;
        graph.edges.push({
          id: `${manager.id}->${id}`,
          source: manager.id,
          target: id,
          evidence: [{ documentId: doc.id, start: EVIDENCE.start, end: EVIDENCE.end }],
        });
        manager.kids += 1;
        if (manager.kids >= fanout) queue.shift();
      }
      queue.push({ id, depth, kids: 0 });
      made += 1;
    }
  }
  return graph;
}
