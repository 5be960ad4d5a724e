import {
  boxFteText,
  positionCountBadge,
  undescribedMarker,
  unitFigures,
} from "../ui-support/describe.ts";
import type { GraphIndex } from "../core/graph/indexes.ts";
import { organizations, subtree, visibleNodes } from "../core/graph/queries.ts";
import { organizationTotal, unitTotals } from "../core/graph/totals.ts";
import { BOX, wrapTitle } from "../core/layout/box-size.ts";
import { edgeId } from "../core/layout/request.ts";
import type { Box, LayoutResult } from "../core/layout/types.ts";
import { elbow, intersects, routeMeets } from "./scene-geometry.ts";
import { extentOf } from "../core/layout/compute-layout.ts";
import { plural, translate } from "../i18n/format.ts";
import type { Language } from "../i18n/messages.ts";
import { acronym, positionSubject } from "./file-name.ts";
import { fitSize } from "./text-metrics.ts";
import type { ExportTheme } from "./theme.ts";
import { LIGHT_THEME } from "./theme.ts";
import type {
  Emphasis,
  ExportScene,
  ExportScope,
  ExportView,
  SceneBox,
  SceneEdge,
  SceneFrame,
} from "./types.ts";

/** Room around the chart in a whole-chart or subtree export. */
export const SCENE_MARGIN = 24;

/**
 * Box geometry shared by every renderer, in px from the box's top-left corner: the chart's box
 * metrics (core/layout/box-size.ts), and how far an export may shrink text to fit.
 */
export const BOX_STYLE = { ...BOX, minTitleSize: 10, minFooterSize: 11 } as const;

/** Width available to the title inside a box. */
export function titleWidth(boxWidth: number): number {
  return (
    boxWidth - BOX_STYLE.accent - BOX_STYLE.borderWidth - BOX_STYLE.padLeft - BOX_STYLE.padRight
  );
}

/** The chart's wrap, with a word longer than a line broken at the line length (as CSS breaks it). */
export function titleLines(title: string): string[] {
  const out: string[] = [];
  for (const line of wrapTitle(title)) {
    if (line.length <= BOX.charsPerLine) out.push(line);
    else
      for (let i = 0; i < line.length; i += BOX.charsPerLine)
        out.push(line.slice(i, i + BOX.charsPerLine));
  }
  return out;
}

function boxEmphasis(view: ExportView, id: string): Emphasis {
  const h = view.highlight;
  if (h === null) return "none";
  if (h.selectedId === id) return "selected";
  if (h.chain.has(id)) return "chain";
  if (h.reports.has(id)) return "report";
  return "dim";
}

function edgeEmphasis(view: ExportView, source: string, target: string): Emphasis {
  const h = view.highlight;
  if (h === null) return "none";
  if (h.chain.has(source) && h.chain.has(target)) return "chain";
  if (source === h.selectedId) return "report";
  return "dim";
}

/** What every part of a scene is built from. */
interface SceneInput {
  ix: GraphIndex;
  layout: LayoutResult;
  view: ExportView;
  scope: ExportScope;
  lang: Language;
  allOrgs: ReturnType<typeof organizations>;
  totals: ReturnType<typeof unitTotals>;
  /** Each organization's colour, by label, and the organization of a position. */
  colorOf: (org: string) => string;
  orgOf: (id: string) => string;
}

function sceneInput(
  ix: GraphIndex,
  layout: LayoutResult,
  view: ExportView,
  scope: ExportScope,
  theme: ExportTheme,
  lang: Language,
): SceneInput {
  const palette = theme.orgColors.length > 0 ? theme.orgColors : LIGHT_THEME.orgColors;
  const allOrgs = organizations(ix);
  const colors = new Map(allOrgs.map((g, i) => [g.label, palette[i % palette.length]!]));
  const orgOfRoot = new Map<string, string>();
  for (const g of allOrgs) for (const r of g.roots) orgOfRoot.set(r, g.label);
  return {
    ix,
    layout,
    view,
    scope,
    lang,
    allOrgs,
    totals: unitTotals(ix),
    colorOf: (org) => colors.get(org) ?? palette[0]!,
    orgOf: (id) => orgOfRoot.get(ix.rootOf.get(id) ?? id) ?? "",
  };
}

/** The positions shown (placed by the layout, in the view) and those the scope draws. */
function sceneIds({ ix, layout, view, scope }: SceneInput): { shown: string[]; ids: string[] } {
  const shown = visibleNodes(ix, {
    collapsed: view.collapsed,
    organization: view.organization,
  }).filter((id) => layout.positions[id] !== undefined);
  if (scope.kind === "subtree") {
    const inView = new Set(shown);
    return { shown, ids: subtree(ix, scope.rootId).filter((id) => inView.has(id)) };
  }
  if (scope.kind === "viewport")
    return { shown, ids: shown.filter((id) => intersects(layout.positions[id]!, scope.rect)) };
  return { shown, ids: shown };
}

function sceneEdges(input: SceneInput, shown: string[], included: Set<string>): SceneEdge[] {
  const { ix, layout, view, scope } = input;
  const down = layout.direction === "DOWN";
  const edges: SceneEdge[] = [];
  // Lines across the screen whose boxes are off it still show in a viewport export.
  const endpoints = scope.kind === "viewport" ? new Set(shown) : included;
  for (const id of endpoints) {
    const manager = ix.managerOf.get(id);
    if (manager === undefined || !endpoints.has(manager) || view.collapsed.has(manager)) continue;
    const points =
      layout.edges[edgeId(manager, id)] ??
      elbow(layout.positions[manager]!, layout.positions[id]!, down);
    if (scope.kind === "viewport" && !(included.has(id) || included.has(manager))) {
      if (!routeMeets(points, scope.rect)) continue;
    }
    edges.push({
      id: edgeId(manager, id),
      source: manager,
      target: id,
      points,
      emphasis: edgeEmphasis(view, manager, id),
    });
  }
  return edges;
}

function sceneFrames(input: SceneInput, included: Set<string>): SceneFrame[] {
  const { scope, layout, allOrgs, totals, lang, orgOf } = input;
  if (scope.kind === "subtree") return [];
  const counts = new Map<string, number>();
  for (const id of included) counts.set(orgOf(id), (counts.get(orgOf(id)) ?? 0) + 1);
  // "17 positions · 46+ FTEs": the organization's size, and its total when one is known.
  const frameCount = (key: string) => {
    const org = allOrgs.find((o) => o.label === key);
    const count = plural(lang, "org.positions", org?.size ?? counts.get(key) ?? 0);
    const total = org ? unitFigures(organizationTotal(totals, org.roots), lang) : null;
    return total === null ? count : `${count} · ${total}`;
  };
  return layout.groups
    .filter((g) => scope.kind === "all" || intersects(g, scope.rect))
    .map((g) => ({
      key: g.key,
      label: g.label,
      countText: frameCount(g.key),
      x: g.x,
      y: g.y,
      width: g.width,
      height: g.height,
      color: input.colorOf(g.key),
    }));
}

/** The picture's extent in chart coordinates: the scope's boxes and frames with a margin. */
function sceneExtent(input: SceneInput, ids: string[], frames: SceneFrame[]): Box {
  if (input.scope.kind === "viewport") return input.scope.rect;
  const parts: Box[] = [...ids.map((id) => input.layout.positions[id]!), ...frames];
  const b = parts.length > 0 ? extentOf(parts) : { x: 0, y: 0, width: 0, height: 0 };
  return {
    x: b.x - SCENE_MARGIN,
    y: b.y - SCENE_MARGIN,
    width: b.width + 2 * SCENE_MARGIN,
    height: b.height + 2 * SCENE_MARGIN,
  };
}

/** A position's box, moved by (dx, dy) into the picture. */
function sceneBox(input: SceneInput, id: string, dx: number, dy: number): SceneBox {
  const { ix, view, totals, lang } = input;
  const node = ix.byId.get(id)!;
  const b = input.layout.positions[id]!;
  const lines = titleLines(node.title);
  const reportCount = ix.childrenOf.get(id)?.length ?? 0;
  const collapsed = view.collapsed.has(id) && reportCount > 0;
  const org = input.orgOf(id);
  return {
    id,
    x: b.x + dx,
    y: b.y + dy,
    width: b.width,
    height: b.height,
    kind: node.kind,
    title: node.title,
    titleLines: lines,
    titleSize: fitSize(
      lines,
      titleWidth(b.width),
      BOX_STYLE.titleSize,
      BOX_STYLE.minTitleSize,
      true,
    ),
    badge: node.classification,
    countBadge: positionCountBadge(node.positionCount, lang),
    undescribedText: undescribedMarker(node.undescribedReports, lang),
    // A manager's line gives its unit's total, worded as on screen (boxFteText).
    fteText: boxFteText(node, totals.get(id), reportCount > 0, lang),
    fteIsUnit: reportCount > 0 && unitFigures(totals.get(id), lang) !== null,
    hiddenText: collapsed
      ? translate(lang, "box.hidden", { n: ix.descendantsCount.get(id) ?? 0 })
      : null,
    hasDocument: node.documentIds.length > 0,
    org,
    color: input.colorOf(org),
    emphasis: boxEmphasis(view, id),
  };
}

/** The picture's title and the file name's subject. */
function sceneTitle(
  { ix, view, scope, lang }: SceneInput,
  boxCount: number,
): { title: string; subject: string } {
  if (scope.kind === "subtree") {
    const root = ix.byId.get(scope.rootId);
    if (!root)
      return { title: translate(lang, "exportFile.selected"), subject: "selected-position" };
    const title =
      boxCount > 1 ? translate(lang, "exportFile.andReports", { title: root.title }) : root.title;
    return { title, subject: positionSubject(root) };
  }
  const where = view.organization;
  const title = where ?? translate(lang, "exportFile.chart");
  const subject = where === null ? "org-chart" : `${acronym(where)}-org-chart`;
  if (scope.kind !== "viewport") return { title, subject };
  return { title: translate(lang, "exportFile.view", { title }), subject: `${subject}-view` };
}

/**
 * What an export draws, from the graph, the current layout (boxes, routes, frames), the view
 * (collapsed boxes, organization filter, highlight) and the scope. Pure: the same inputs give the
 * same scene in Node, the browser or a worker. Only boxes the layout placed are drawn, so the
 * export matches the chart on screen.
 *
 * @example buildExportScene(ix, layout, view, { kind: "subtree", rootId: "cds-ed-service" })
 */
export function buildExportScene(
  ix: GraphIndex,
  layout: LayoutResult,
  view: ExportView,
  scope: ExportScope,
  options: { theme?: ExportTheme; language?: Language } = {},
): ExportScene {
  const theme = options.theme ?? LIGHT_THEME;
  const input = sceneInput(ix, layout, view, scope, theme, options.language ?? "en");
  const { shown, ids } = sceneIds(input);
  const included = new Set(ids);
  const rawEdges = sceneEdges(input, shown, included);
  const rawFrames = sceneFrames(input, included);
  const extent = sceneExtent(input, ids, rawFrames);
  const dx = -extent.x;
  const dy = -extent.y;
  const boxes = ids.map((id) => sceneBox(input, id, dx, dy));
  const edges = rawEdges.map((e) => ({
    ...e,
    points: e.points.map((p) => ({ x: p.x + dx, y: p.y + dy })),
  }));
  const frames = rawFrames.map((f) => ({ ...f, x: f.x + dx, y: f.y + dy }));
  const orgKeys = new Set(boxes.map((b) => b.org));
  const orgs = input.allOrgs
    .filter((g) => orgKeys.has(g.label))
    .map((g) => ({ key: g.label, label: g.label, color: input.colorOf(g.label) }));
  return {
    width: Math.max(1, Math.ceil(extent.width)),
    height: Math.max(1, Math.ceil(extent.height)),
    ...sceneTitle(input, boxes.length),
    direction: layout.direction,
    theme,
    language: input.lang,
    frames,
    edges,
    boxes,
    orgs,
    singleSlide: scope.kind === "subtree",
  };
}
