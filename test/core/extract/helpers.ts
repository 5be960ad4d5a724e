import { expect } from "vitest";
import { extractGraph } from "../../../src/core/extract/index.ts";
import { type GraphNode, graphSchema, type OrgGraph } from "../../../src/core/graph/schema.ts";

const encoder = new TextEncoder();

/** Extracts a graph from documents given as `[file name, text]`, checking it against the contract. */
export function graphOf(...docs: [string, string][]): OrgGraph {
  const graph = extractGraph(docs.map(([file, text]) => ({ file, bytes: encoder.encode(text) })));
  const checked = graphSchema.safeParse(graph);
  expect(checked.success, JSON.stringify(checked.error?.issues.slice(0, 3))).toBe(true);
  return graph;
}

/** A markdown job description: header fields, then sections (heading -> body). */
export function markdown(fields: Record<string, string>, sections: Record<string, string> = {}) {
  const lines = ["# Job Description", "", "## Position Details", ""];
  for (const [label, value] of Object.entries(fields)) lines.push(`*   **${label}:** ${value}`);
  for (const [heading, body] of Object.entries(sections)) lines.push("", `## ${heading}`, "", body);
  return `${lines.join("\n")}\n`;
}

/** The one node carrying this name (title or alias). */
export function node(graph: OrgGraph, name: string): GraphNode {
  const found = graph.nodes.filter((n) => [n.title, ...n.aliases].includes(name));
  expect(
    found.map((n) => n.title),
    `one node named "${name}" among ${graph.nodes.map((n) => n.title).join(" | ")}`,
  ).toHaveLength(1);
  return found[0] as GraphNode;
}

export function managerOf(graph: OrgGraph, name: string): GraphNode | undefined {
  const target = node(graph, name);
  const edge = graph.edges.find((e) => e.target === target.id);
  return graph.nodes.find((n) => n.id === edge?.source);
}

export function reportsOf(graph: OrgGraph, name: string): GraphNode[] {
  const source = node(graph, name);
  const ids = new Set(graph.edges.filter((e) => e.source === source.id).map((e) => e.target));
  return graph.nodes.filter((n) => ids.has(n.id));
}

export const titles = (nodes: readonly GraphNode[]) => nodes.map((n) => n.title).sort();
