import {
  boxFteText,
  positionCountBadge,
  undescribedMarker,
  unitFigures,
} from "../core/graph/describe.ts";
import type { GraphIndex } from "../core/graph/indexes.ts";
import { organizations, subtree, visibleNodes } from "../core/graph/queries.ts";
import { organizationTotal, unitTotals } from "../core/graph/totals.ts";
import { BOX, wrapTitle } from "../core/layout/box-size.ts";
import { edgeId } from "../core/layout/request.ts";
import type { Box, LayoutResult, Point } from "../core/layout/types.ts";
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
 * Box geometry shared by every renderer, in px from the box's top-left corner; mirrors the `.box`
 * rules in styles.css (6px accent border on the left, 16px/10px padding, rows of 22px and 24px).
 */
export const BOX_STYLE = {
  accent: 6,
  radius: 6,
  teamRadius: 16,
  padLeft: 16,
  padRight: 10,
  padTop: 8,
  padBottom: 6,
  metaRow: 22,
  footerRow: 24,
  rowGap: 2,
  titleSize: 15,
  minTitleSize: 10,
  minFooterSize: 11,
} as const;

/** Width available to the title inside a box. */
export function titleWidth(boxWidth: number): number {
  return boxWidth - BOX_STYLE.accent - 1 - BOX_STYLE.padLeft - BOX_STYLE.padRight;
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

function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function boundsOf(points: readonly Point[]): Box {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** Whether any segment of a route passes through a rectangle. */
function routeMeets(points: readonly Point[], rect: Box): boolean {
  for (let i = 0; i + 1 < points.length; i++) {
    const segment = boundsOf([points[i]!, points[i + 1]!]);
    const r = {
      ...segment,
      width: Math.max(segment.width, 1e-6),
      height: Math.max(segment.height, 1e-6),
    };
    if (intersects(r, rect)) return true;
  }
  return false;
}

/** A line from manager to report when the layout has no route for it (a layout still on its way). */
function elbow(s: Box, t: Box, down: boolean): Point[] {
  if (down) {
    const mid = (s.y + s.height + t.y) / 2;
    const sx = s.x + s.width / 2;
    const tx = t.x + t.width / 2;
    return [
      { x: sx, y: s.y + s.height },
      { x: sx, y: mid },
      { x: tx, y: mid },
      { x: tx, y: t.y },
    ];
  }
  const mid = (s.x + s.width + t.x) / 2;
  const sy = s.y + s.height / 2;
  const ty = t.y + t.height / 2;
  return [
    { x: s.x + s.width, y: sy },
    { x: mid, y: sy },
    { x: mid, y: ty },
    { x: t.x, y: ty },
  ];
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
  const lang = options.language ?? "en";
  const palette = theme.orgColors.length > 0 ? theme.orgColors : LIGHT_THEME.orgColors;
  const allOrgs = organizations(ix);
  const colorOf = new Map(allOrgs.map((g, i) => [g.label, palette[i % palette.length]!]));
  const orgOfRoot = new Map<string, string>();
  for (const g of allOrgs) for (const r of g.roots) orgOfRoot.set(r, g.label);
  const orgOf = (id: string) => orgOfRoot.get(ix.rootOf.get(id) ?? id) ?? "";

  const shown = visibleNodes(ix, {
    collapsed: view.collapsed,
    organization: view.organization,
  }).filter((id) => layout.positions[id] !== undefined);
  let ids: string[];
  if (scope.kind === "subtree") {
    const inView = new Set(shown);
    ids = subtree(ix, scope.rootId).filter((id) => inView.has(id));
  } else if (scope.kind === "viewport") {
    ids = shown.filter((id) => intersects(layout.positions[id]!, scope.rect));
  } else {
    ids = shown;
  }
  const included = new Set(ids);

  const down = layout.direction === "DOWN";
  const rawEdges: SceneEdge[] = [];
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
    rawEdges.push({
      id: edgeId(manager, id),
      source: manager,
      target: id,
      points,
      emphasis: edgeEmphasis(view, manager, id),
    });
  }

  const totals = unitTotals(ix);
  // "17 positions · 46+ FTEs": the organization's size, and its total when one is known.
  const frameCount = (key: string) => {
    const org = allOrgs.find((o) => o.label === key);
    const count = plural(lang, "org.positions", org?.size ?? counts.get(key) ?? 0);
    const total = org ? unitFigures(organizationTotal(totals, org.roots), lang) : null;
    return total === null ? count : `${count} · ${total}`;
  };
  const counts = new Map<string, number>();
  for (const id of included) counts.set(orgOf(id), (counts.get(orgOf(id)) ?? 0) + 1);
  let rawFrames: SceneFrame[] = [];
  if (scope.kind !== "subtree") {
    rawFrames = layout.groups
      .filter((g) => scope.kind === "all" || intersects(g, scope.rect))
      .map((g) => ({
        key: g.key,
        label: g.label,
        countText: frameCount(g.key),
        x: g.x,
        y: g.y,
        width: g.width,
        height: g.height,
        color: colorOf.get(g.key) ?? palette[0]!,
      }));
  }

  // The picture's extent in chart coordinates.
  let extent: Box;
  if (scope.kind === "viewport") {
    extent = scope.rect;
  } else {
    const corners: Point[] = [];
    for (const id of ids) {
      const b = layout.positions[id]!;
      corners.push({ x: b.x, y: b.y }, { x: b.x + b.width, y: b.y + b.height });
    }
    for (const f of rawFrames)
      corners.push({ x: f.x, y: f.y }, { x: f.x + f.width, y: f.y + f.height });
    const b = corners.length > 0 ? boundsOf(corners) : { x: 0, y: 0, width: 0, height: 0 };
    extent = {
      x: b.x - SCENE_MARGIN,
      y: b.y - SCENE_MARGIN,
      width: b.width + 2 * SCENE_MARGIN,
      height: b.height + 2 * SCENE_MARGIN,
    };
  }
  const dx = -extent.x;
  const dy = -extent.y;

  const boxes: SceneBox[] = ids.map((id) => {
    const node = ix.byId.get(id)!;
    const b = layout.positions[id]!;
    const lines = titleLines(node.title);
    const reportCount = ix.childrenOf.get(id)?.length ?? 0;
    const collapsed = view.collapsed.has(id) && reportCount > 0;
    const org = orgOf(id);
    const fte = boxFteText(node, totals.get(id), reportCount > 0, lang);
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
      fteText: fte,
      fteIsUnit: reportCount > 0 && unitFigures(totals.get(id), lang) !== null,
      hiddenText: collapsed
        ? translate(lang, "box.hidden", { n: ix.descendantsCount.get(id) ?? 0 })
        : null,
      hasDocument: node.documentIds.length > 0,
      org,
      color: colorOf.get(org) ?? palette[0]!,
      emphasis: boxEmphasis(view, id),
    };
  });
  const edges = rawEdges.map((e) => ({
    ...e,
    points: e.points.map((p) => ({ x: p.x + dx, y: p.y + dy })),
  }));
  const frames = rawFrames.map((f) => ({ ...f, x: f.x + dx, y: f.y + dy }));

  const orgKeys = new Set(boxes.map((b) => b.org));
  const orgs = allOrgs
    .filter((g) => orgKeys.has(g.label))
    .map((g) => ({ key: g.label, label: g.label, color: colorOf.get(g.label)! }));

  let title: string;
  let subject: string;
  if (scope.kind === "subtree") {
    const root = ix.byId.get(scope.rootId);
    title = root
      ? boxes.length > 1
        ? translate(lang, "exportFile.andReports", { title: root.title })
        : root.title
      : translate(lang, "exportFile.selected");
    subject = root ? positionSubject(root) : "selected-position";
  } else {
    const where = view.organization;
    title = where ?? translate(lang, "exportFile.chart");
    subject = where === null ? "org-chart" : `${acronym(where)}-org-chart`;
    if (scope.kind === "viewport") {
      title = translate(lang, "exportFile.view", { title });
      subject += "-view";
    }
  }

  return {
    width: Math.max(1, Math.ceil(extent.width)),
    height: Math.max(1, Math.ceil(extent.height)),
    title,
    subject,
    direction: layout.direction,
    theme,
    language: lang,
    frames,
    edges,
    boxes,
    orgs,
    singleSlide: scope.kind === "subtree",
  };
}
