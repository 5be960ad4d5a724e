// The chart benchmark's generated orgs (scripts/bench-chart.ts): documents of real length, the
// app built on them as `npm run build` does, and what their default view shows.
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { DetailsChunk, GraphFile } from "../../src/core/graph/file-schema.ts";
import { detailsChunkPath } from "../../src/core/graph/details-paths.ts";
import { decodeGraph } from "../../src/core/graph/graph-file.ts";
import { buildIndex, type GraphIndex } from "../../src/core/graph/indexes.ts";
import { visibleNodes } from "../../src/core/graph/queries.ts";
import { defaultCollapsed } from "../../src/core/layout/readable.ts";
import { buildGraph } from "../build-graph.ts";
import { buildLayouts } from "../build-layout.ts";
import { prerender } from "../prerender.ts";
import { writeGeneratedDocuments } from "./generated-org.ts";

/** Reports of the manager added to the largest org, to time opening a wide box. */
export const WIDE = 500;

/** One generated org, built: where it is served from and what its default view shows. */
export interface Org {
  label: string;
  positions: number;
  withFirstView: string;
  withoutFirstView: string | null;
  visible: number;
  /** The closed box with the most reports, and how many boxes show once it is opened. */
  open: { title: string; hidden: number; reports: number; after: number } | null;
  d3Rows: string;
  graphBytes: number;
  graphGzip: number;
  detailsBytes: number;
}

/**
 * Adds a manager with `count` reports to the first organization, as a tree of its own (so its
 * box is in the default view at any size, closed), and their (empty) details to the split
 * graph's details files.
 */
function addWideManager(site: string, file: GraphFile, count: number): void {
  const org = file.nodes[0]!.org;
  const manager = file.nodes.push({
    id: "bench-wide-manager",
    title: "Director General, Shared Processing Centre",
    org,
  });
  for (let i = 0; i < count; i++) {
    const report = `bench-wide-report-${i}`;
    const at = file.nodes.push({ id: report, title: `Processing Officer ${i + 1}`, org, fte: 1 });
    file.edges.push([manager - 1, at - 1]);
  }
  const { key, chunkSize } = file.details!;
  const added = count + 1;
  for (let at = file.nodes.length - added; at < file.nodes.length; at++) {
    const chunk = Math.floor(at / chunkSize);
    const chunkFile = path.join(site, detailsChunkPath(chunk));
    const details = fs.existsSync(chunkFile)
      ? (JSON.parse(fs.readFileSync(chunkFile, "utf8")) as DetailsChunk)
      : { schemaVersion: 2 as const, key, chunk, nodes: [] };
    details.nodes.push({});
    fs.writeFileSync(chunkFile, JSON.stringify(details));
  }
}

function openTarget(ix: GraphIndex, collapsed: ReadonlySet<string>, visible: string[]) {
  let best: string | null = null;
  for (const id of visible) {
    if (!collapsed.has(id)) continue;
    const n = ix.childrenOf.get(id)?.length ?? 0;
    if (n > 0 && (best === null || n > (ix.childrenOf.get(best)?.length ?? 0))) best = id;
  }
  if (best === null) return null;
  const opened = new Set(collapsed);
  opened.delete(best);
  const after = visibleNodes(ix, { collapsed: opened, organization: null }).length;
  const node = ix.byId.get(best)!;
  const hidden = ix.descendantsCount.get(best) ?? 0;
  return { title: node.title, hidden, reports: ix.childrenOf.get(best)!.length, after };
}

/** d3-org-chart's rows: exactly the default view's boxes, under one root as it needs. */
function d3Rows(ix: GraphIndex, visible: string[]): string {
  const shown = new Set(visible);
  const roots = visible.filter((id) => !shown.has(ix.managerOf.get(id) ?? ""));
  const rows = visible.map((id) => ({
    id,
    parentId: ix.managerOf.get(id) ?? (roots.length > 1 ? "bench-root" : ""),
    title: ix.byId.get(id)!.title,
  }));
  if (roots.length > 1) rows.unshift({ id: "bench-root", parentId: "", title: "Organizations" });
  return JSON.stringify({ rows });
}

/**
 * Writes `size` positions' generated documents and builds the app on them in `out` as
 * `npm run build` does; with `wide`, adds a manager with WIDE reports; with `plainCopy`, keeps a
 * copy of the build without the prerendered first view.
 */
export async function buildOrg(
  bundle: string,
  size: number,
  { out, wide, plainCopy }: { out: string; wide: boolean; plainCopy: boolean },
): Promise<Org> {
  const label = size.toLocaleString("en-CA");
  const docs = path.join(out, `docs-${size}`);
  const site = path.join(out, `site-${size}`);
  console.log(`${label}: writing documents and building the app on them…`);
  writeGeneratedDocuments(docs, size);
  fs.rmSync(site, { recursive: true, force: true });
  fs.cpSync(bundle, site, { recursive: true });
  const graphPath = path.join(site, "graph.json");
  await buildGraph({ seeds: docs, out: graphPath, strict: false });
  fs.rmSync(docs, { recursive: true, force: true });
  const file = JSON.parse(fs.readFileSync(graphPath, "utf8")) as GraphFile;
  if (wide) {
    addWideManager(site, file, WIDE);
    fs.writeFileSync(graphPath, JSON.stringify(file));
  }
  await buildLayouts({ graph: graphPath, out: path.join(site, "layout.json") });
  let withoutFirstView: string | null = null;
  if (plainCopy) {
    withoutFirstView = `${site}-plain`;
    fs.rmSync(withoutFirstView, { recursive: true, force: true });
    fs.cpSync(site, withoutFirstView, { recursive: true });
  }
  await prerender(site);
  const ix = buildIndex(decodeGraph(file));
  const collapsed = defaultCollapsed(ix);
  const visible = visibleNodes(ix, { collapsed, organization: null });
  const bytes = fs.readFileSync(graphPath);
  return {
    label: `${ix.graph.nodes.length.toLocaleString("en-CA")}`,
    positions: ix.graph.nodes.length,
    withFirstView: site,
    withoutFirstView,
    visible: visible.length,
    open: openTarget(ix, collapsed, visible),
    d3Rows: d3Rows(ix, visible),
    graphBytes: bytes.byteLength,
    graphGzip: gzipSync(bytes).byteLength,
    detailsBytes: fs
      .readdirSync(path.join(site, "details"))
      .reduce((n, f) => n + fs.statSync(path.join(site, "details", f)).size, 0),
  };
}
