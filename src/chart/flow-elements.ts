import type { Node } from "@xyflow/react";
import {
  boxFteText,
  describePosition,
  positionCountBadge,
  undescribedMarker,
  unitFigures,
} from "../ui-support/describe.ts";
import type { GraphIndex } from "../core/graph/indexes.ts";
import type { OrganizationGroup } from "../core/graph/queries.ts";
import { organizationOf } from "../core/graph/queries.ts";
import { organizationTotal } from "../core/graph/totals.ts";
import type { UnitTotal } from "../core/graph/totals.ts";
import type { LayoutGroup, LayoutResult, Point } from "../core/layout/types.ts";
import { orgColor } from "../theme/org-colors.ts";
import type { Language } from "../i18n/messages.ts";

export interface PositionData extends Record<string, unknown> {
  id: string;
  title: string;
  /** The accessible name: title first, then classification, FTEs and manager. */
  label: string;
  kind: "position" | "team";
  classification: string | null;
  /** The FTE line: a position's own FTEs, or for a manager its unit's total. */
  fteText: string | null;
  /** "6 positions" on a box standing for several identical positions. */
  countBadge: string | null;
  /** The muted "+2 not described" row of a manager's box. */
  undescribed: string | null;
  hasDocument: boolean;
  reportCount: number;
  /** Reports hidden by collapsing (all descendants); 0 when expanded. */
  hiddenCount: number;
  collapsed: boolean;
  color: string;
  /** The one box of the chart that Tab reaches (see withTabStop). */
  tabStop?: boolean;
}

export interface GroupData extends Record<string, unknown> {
  label: string;
  /** The frame of unplaced positions, whose name is translated. */
  unplaced?: boolean;
  color: string;
  count: number;
  /** The organization's total FTEs ("46+ FTEs · 3 planned"), or null when none is known. */
  figures: string | null;
}

/** One reporting line as the chart draws it: from the manager to the report. */
export interface ChartRoute {
  id: string;
  source: string;
  target: string;
  points: Point[];
}

export type PositionFlowNode = Node<PositionData, "position">;
export type GroupFlowNode = Node<GroupData, "org">;
/** Holds the reporting lines (RoutesNode); its box is the frames' bounds. */
export type RoutesFlowNode = Node<Record<string, never>, "routes">;
export type FlowNode = PositionFlowNode | GroupFlowNode | RoutesFlowNode;

/** The id of the node that draws the reporting lines. */
const ROUTES_NODE_ID = "routes";
const NO_DATA: Record<string, never> = {};

export interface FlowElements {
  nodes: FlowNode[];
  routes: ChartRoute[];
}

// Every node states its size as already measured, and that it has no handles (reporting lines
// are RoutesNode's): boxes are drawn in the first render, without waiting to be measured. (React
// Flow 12 still re-renders each newly mounted box once, when its ResizeObserver first reports:
// it forces that update whatever the size; this happens after the first frame is laid out.)
const NO_HANDLES: NonNullable<Node["handles"]> = [];

// Boxes stay focusable (arrow keys and links move focus to them) but only one is a Tab stop.
const NOT_A_TAB_STOP: Node["domAttributes"] = { tabIndex: -1 };

function sameRecord(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  for (const key in a) if (a[key] !== b[key]) return false;
  for (const key in b) if (!(key in a)) return false;
  return true;
}

function samePoints(a: readonly Point[], b: readonly Point[]): boolean {
  return a.length === b.length && a.every((p, i) => p.x === b[i]!.x && p.y === b[i]!.y);
}

/**
 * Reuses the previous node when nothing about it changed, and its `data` object when only the
 * position did: React Flow then skips unchanged nodes, and the memo'd box content does not
 * re-render when a re-layout merely moves it.
 */
function share<N extends FlowNode>(next: N, prev: FlowNode | undefined): N {
  if (!prev || prev.type !== next.type || !sameRecord(prev.data, next.data)) return next;
  const moved =
    prev.position.x !== next.position.x ||
    prev.position.y !== next.position.y ||
    prev.width !== next.width ||
    prev.height !== next.height;
  return moved ? { ...next, data: prev.data } : (prev as N);
}

/** The rectangle around every organization's frame (a layout may be shifted by an anchor). */
export function frameBounds(layout: LayoutResult) {
  if (layout.groups.length === 0) return null;
  const x = Math.min(...layout.groups.map((g) => g.x));
  const y = Math.min(...layout.groups.map((g) => g.y));
  const right = Math.max(...layout.groups.map((g) => g.x + g.width));
  const bottom = Math.max(...layout.groups.map((g) => g.y + g.height));
  return { x, y, width: right - x, height: bottom - y };
}

/**
 * The node the reporting lines are drawn in: after the frames and before the boxes, so lines
 * lie over frames and under boxes, and drawn in React Flow's first render with everything else.
 * (Drawn through React Flow's viewport portal instead, they needed a second render, after React
 * Flow's effects, and the page a second style and layout before its first paint.)
 */
function linesNode(layout: LayoutResult): RoutesFlowNode | null {
  const bounds = frameBounds(layout);
  if (!bounds) return null;
  const { x, y, width, height } = bounds;
  return {
    id: ROUTES_NODE_ID,
    type: "routes",
    position: { x, y },
    width,
    height,
    measured: { width, height },
    handles: NO_HANDLES,
    data: NO_DATA,
    selectable: false,
    focusable: false,
    draggable: false,
    zIndex: -1,
    ariaRole: "presentation",
  };
}

/**
 * What the chart draws (React Flow's nodes and the reporting lines), derived from the graph, the
 * layout and the collapsed set. Nothing here is edited afterwards: a change in any input derives
 * the elements again. `previous` (the last result) only lets unchanged elements keep their
 * identity; the result's content never depends on it.
 */
export function toFlowElements(
  ix: GraphIndex,
  layout: LayoutResult,
  view: FlowView,
  previous?: FlowElements,
  words: Map<string, BoxWords> = new Map(),
): FlowElements {
  const prevNodes = new Map(previous?.nodes.map((n) => [n.id, n]));
  const prevRoutes = new Map(previous?.routes.map((r) => [r.id, r]));
  const colorOf = new Map(view.orgs.map((g, i) => [g.label, orgColor(i)]));
  const nodes: FlowNode[] = layout.groups.map((g) =>
    share<GroupFlowNode>(
      {
        id: `org:${g.key}`,
        type: "org",
        position: { x: g.x, y: g.y },
        width: g.width,
        height: g.height,
        measured: { width: g.width, height: g.height },
        handles: NO_HANDLES,
        data: groupData(g, view, colorOf),
        selectable: false,
        focusable: false,
        draggable: false,
        zIndex: -1,
      },
      prevNodes.get(`org:${g.key}`),
    ),
  );
  const routesNode = linesNode(layout);
  if (routesNode) nodes.push(share(routesNode, prevNodes.get(ROUTES_NODE_ID)));
  for (const [id, box] of Object.entries(layout.positions)) {
    const node = ix.byId.get(id);
    if (!node) continue;
    const collapsed = view.collapsed.has(id);
    const reportCount = ix.childrenOf.get(id)?.length ?? 0;
    let said = words.get(id);
    if (!said) {
      said = boxWords(ix, id, view);
      words.set(id, said);
    }
    const data: PositionData = {
      id,
      title: node.title,
      label: said.label,
      kind: node.kind,
      classification: node.classification,
      fteText: said.fteText,
      countBadge: said.countBadge,
      undescribed: said.undescribed,
      hasDocument: node.documentIds.length > 0,
      reportCount,
      hiddenCount: collapsed ? (ix.descendantsCount.get(id) ?? 0) : 0,
      collapsed: collapsed && reportCount > 0,
      color: colorOf.get(organizationOf(ix, id)) ?? orgColor(0),
    };
    const next: PositionFlowNode = {
      id,
      type: "position",
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      measured: { width: box.width, height: box.height },
      handles: NO_HANDLES,
      ariaLabel: data.label,
      domAttributes: NOT_A_TAB_STOP,
      data,
    };
    nodes.push(share(next, prevNodes.get(id)));
  }
  const routes: ChartRoute[] = Object.entries(layout.edges).map(([id, points]) => {
    const prev = prevRoutes.get(id);
    if (prev && samePoints(prev.points, points)) return prev;
    const [source, target] = id.split("\u2192") as [string, string];
    return { id, source, target, points };
  });
  return { nodes, routes };
}

/**
 * The nodes with one Tab stop (roving tabindex): the selected box when it is drawn, else the
 * first top box drawn. Tab then enters the chart at one box and leaves it after that box's
 * own button; arrow keys move between boxes. Only the stop's node and data are new objects.
 */
export function withTabStop(
  nodes: FlowNode[],
  selectedId: string | null,
  roots: readonly string[],
): FlowNode[] {
  const ids = new Set(nodes.map((n) => n.id));
  const stop =
    (selectedId !== null && ids.has(selectedId) ? selectedId : undefined) ??
    roots.find((id) => ids.has(id)) ??
    nodes.find((n) => n.type === "position")?.id;
  return nodes.map((n) =>
    n.id === stop && n.type === "position"
      ? { ...n, domAttributes: undefined, data: { ...n.data, tabStop: true } }
      : n,
  );
}

/** What a box says that depends on the graph and language only: its accessible name, FTEs, marks. */
export interface BoxWords {
  label: string;
  fteText: string | null;
  countBadge: string | null;
  undescribed: string | null;
}

export interface FlowView {
  collapsed: ReadonlySet<string>;
  orgs: OrganizationGroup[];
  language?: Language;
  /** Unit totals (unitTotals), computed once per graph. */
  totals?: ReadonlyMap<string, UnitTotal>;
}

function boxWords(ix: GraphIndex, id: string, view: FlowView): BoxWords {
  const node = ix.byId.get(id)!;
  const unit = view.totals?.get(id);
  const leads = (ix.childrenOf.get(id)?.length ?? 0) > 0;
  return {
    label: describePosition(ix, id, { manager: true, unit }, view.language),
    fteText: boxFteText(node, unit, leads, view.language),
    countBadge: positionCountBadge(node.positionCount, view.language),
    undescribed: undescribedMarker(node.undescribedReports, view.language),
  };
}

function groupData(
  group: LayoutGroup,
  view: FlowView,
  colorOf: ReadonlyMap<string, string>,
): GroupData {
  const org = view.orgs.find((o) => o.label === group.key);
  const total = org && view.totals ? organizationTotal(view.totals, org.roots) : undefined;
  return {
    label: group.label,
    ...(group.unplaced ? { unplaced: true } : {}),
    color: colorOf.get(group.key) ?? orgColor(0),
    count: org?.size ?? 0,
    figures: unitFigures(total, view.language),
  };
}

export type FlowDeriver = (ix: GraphIndex, layout: LayoutResult, view: FlowView) => FlowElements;

/**
 * `toFlowElements` that remembers its last result, so each derivation shares what is unchanged;
 * asked again with the very same inputs it returns that result itself (the chart's provider and
 * the chart derive the first elements from the same state).
 */
export function createFlowDeriver(): FlowDeriver {
  let last: FlowElements | undefined;
  let lastInputs: unknown[] = [];
  // A box's words depend only on the graph and the language, not on the layout or what is
  // collapsed: kept until either changes (at 10,000 boxes wording them all took ~30 ms).
  let words = new Map<string, BoxWords>();
  return (ix, layout, view) => {
    const inputs = [ix, layout, view.collapsed, view.orgs, view.language, view.totals];
    if (last && inputs.every((v, i) => v === lastInputs[i])) return last;
    if (ix !== lastInputs[0] || view.language !== lastInputs[4]) words = new Map();
    lastInputs = inputs;
    return (last = toFlowElements(ix, layout, view, last, words));
  };
}
