import type { Edge, Node } from "@xyflow/react";
import type { GraphIndex } from "../core/graph/indexes.ts";
import type { OrganizationGroup } from "../core/graph/queries.ts";
import { organizationOf } from "../core/graph/queries.ts";
import type { Direction, LayoutResult, Point } from "../core/layout/types.ts";
import { orgColor } from "./org-colors.ts";

export interface PositionData extends Record<string, unknown> {
  id: string;
  title: string;
  kind: "position" | "team";
  classification: string | null;
  fteText: string | null;
  hasDocument: boolean;
  reportCount: number;
  /** Reports hidden by collapsing (all descendants); 0 when expanded. */
  hiddenCount: number;
  collapsed: boolean;
  color: string;
  direction: Direction;
}

export interface GroupData extends Record<string, unknown> {
  label: string;
  color: string;
  count: number;
}

export interface RouteData extends Record<string, unknown> {
  points: Point[];
}

export type PositionFlowNode = Node<PositionData, "position">;
export type GroupFlowNode = Node<GroupData, "org">;
export type FlowNode = PositionFlowNode | GroupFlowNode;
export type RouteFlowEdge = Edge<RouteData, "route">;

/** "8 FTEs", "1 FTE", "3 FTEs planned". */
export function fteText(fte: number | null, planned: boolean): string | null {
  if (fte === null) return null;
  const n = Number.isInteger(fte) ? String(fte) : fte.toFixed(1);
  return `${n} ${fte === 1 ? "FTE" : "FTEs"}${planned ? " planned" : ""}`;
}

/**
 * What React Flow draws, derived from the graph, the layout and the collapsed set. Nothing here
 * is edited afterwards: a change in any input derives the elements again.
 */
export function toFlowElements(
  ix: GraphIndex,
  layout: LayoutResult,
  view: { collapsed: ReadonlySet<string>; orgs: OrganizationGroup[] },
): { nodes: FlowNode[]; edges: RouteFlowEdge[] } {
  const colorOf = new Map(view.orgs.map((g, i) => [g.label, orgColor(i)]));
  const nodes: FlowNode[] = layout.groups.map((g) => ({
    id: `org:${g.key}`,
    type: "org",
    position: { x: g.x, y: g.y },
    width: g.width,
    height: g.height,
    data: {
      label: g.label,
      color: colorOf.get(g.key) ?? orgColor(0),
      count: view.orgs.find((o) => o.label === g.key)?.size ?? 0,
    },
    selectable: false,
    focusable: false,
    draggable: false,
    zIndex: -1,
  }));
  for (const [id, box] of Object.entries(layout.positions)) {
    const node = ix.byId.get(id);
    if (!node) continue;
    const collapsed = view.collapsed.has(id);
    const reportCount = ix.childrenOf.get(id)?.length ?? 0;
    nodes.push({
      id,
      type: "position",
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      ariaLabel: node.title,
      data: {
        id,
        title: node.title,
        kind: node.kind,
        classification: node.classification,
        fteText: fteText(node.fte, node.ftePlanned),
        hasDocument: node.documentIds.length > 0,
        reportCount,
        hiddenCount: collapsed ? (ix.descendantsCount.get(id) ?? 0) : 0,
        collapsed: collapsed && reportCount > 0,
        color: colorOf.get(organizationOf(ix, id)) ?? orgColor(0),
        direction: layout.direction,
      },
    });
  }
  const edges: RouteFlowEdge[] = Object.entries(layout.edges).map(([id, points]) => {
    const [source, target] = id.split("\u2192") as [string, string];
    return {
      id,
      source,
      target,
      type: "route",
      data: { points },
      focusable: false,
      selectable: false,
    };
  });
  return { nodes, edges };
}
