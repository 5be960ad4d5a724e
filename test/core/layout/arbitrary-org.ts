import fc from "fast-check";
import type { OrgGraph } from "../../../src/core/graph/model.ts";
import { syntheticOrg } from "../../../src/core/graph/synthetic.ts";

const WORDS = [
  "Director",
  "Policy",
  "Senior",
  "Analyst",
  "Service",
  "Delivery",
  "Head",
  "of",
  "Team",
];

/** An org of up to `max` positions: each one reports to an earlier one, or to no one. */
export function arbitraryOrg(max = 40): fc.Arbitrary<OrgGraph> {
  return fc
    .array(
      fc.record({
        // -1: no manager; otherwise how far back the manager is.
        manager: fc.oneof(
          { weight: 1, arbitrary: fc.constant(-1) },
          { weight: 6, arbitrary: fc.nat(12) },
        ),
        words: fc.integer({ min: 1, max: 9 }),
        department: fc.nat(2),
      }),
      { minLength: 1, maxLength: max },
    )
    .map((specs) => {
      const template = syntheticOrg(2, { orgs: 1 });
      const graph: OrgGraph = { ...template, nodes: [], edges: [] };
      specs.forEach((spec, i) => {
        const id = `p${i}`;
        const title = Array.from({ length: spec.words }, (_, w) => WORDS[(i + w) % 9]).join(" ");
        const department = `Department ${spec.department}`;
        graph.nodes.push({
          ...template.nodes[0]!,
          id,
          title,
          organization: { department, branch: null, directorate: null },
        });
        if (i > 0 && spec.manager >= 0) {
          const manager = `p${Math.max(0, i - 1 - spec.manager)}`;
          graph.edges.push({
            ...template.edges[0]!,
            id: `${manager}->${id}`,
            source: manager,
            target: id,
          });
        }
      });
      return graph;
    });
}
