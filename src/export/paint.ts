import { BOX } from "../core/layout/box-size.ts";
import type { Box } from "../core/layout/types.ts";
import { translate } from "../i18n/format.ts";
import { DOCUMENT_ICON } from "../theme/icons.ts";
import { BOX_STYLE } from "./scene.ts";
import { fitSize, textWidth } from "./text-metrics.ts";
import { mix } from "./theme.ts";
import type { ExportScene, SceneBox, SceneEdge, SceneFrame } from "./types.ts";

/** A path command in absolute coordinates: move, line, cubic curve, close. */
export type PathOp =
  | readonly ["M", number, number]
  | readonly ["L", number, number]
  | readonly ["C", number, number, number, number, number, number]
  | readonly ["Z"];

export interface Paint {
  fill?: string;
  stroke?: string;
  lineWidth?: number;
  dash?: readonly number[];
}

export interface TextRun {
  text: string;
  size: number;
  bold: boolean;
  color: string;
  /** Space before this run when it follows another on the same line. */
  gap?: number;
}

/**
 * What the renderers draw: paths, text and groups with an opacity. SVG, canvas (PNG) and PDF
 * each turn these into their own calls, so the three look alike by construction.
 */
export type DrawItem =
  | { type: "path"; ops: PathOp[]; paint: Paint; role?: string }
  /** Lines of one style, one under the other from the first baseline at `y`. */
  | {
      type: "text";
      x: number;
      y: number;
      lines: string[];
      lineHeight: number;
      size: number;
      bold: boolean;
      color: string;
      anchor: "start" | "end";
      role?: string;
    }
  /** One line made of runs of different styles (a frame's label and its count). */
  | { type: "runs"; x: number; y: number; runs: TextRun[]; role?: string }
  | {
      type: "group";
      role: "frame" | "edge" | "box";
      id: string;
      opacity: number;
      /** Extent of everything in the group, for culling when a tile or page shows part of the scene. */
      bounds: Box;
      items: DrawItem[];
    };

/** Bézier handle length for a quarter circle. */
const K = 0.5523;

/** A rectangle with corner radii [top-left, top-right, bottom-right, bottom-left]. */
export function roundedRect(
  x: number,
  y: number,
  w: number,
  h: number,
  radii: number | readonly [number, number, number, number],
): PathOp[] {
  const limit = Math.min(w, h) / 2;
  const [tl, tr, br, bl] = (typeof radii === "number" ? [radii, radii, radii, radii] : radii).map(
    (r) => Math.max(0, Math.min(r, limit)),
  ) as [number, number, number, number];
  const ops: PathOp[] = [
    ["M", x + tl, y],
    ["L", x + w - tr, y],
  ];
  if (tr > 0) ops.push(["C", x + w - tr + tr * K, y, x + w, y + tr - tr * K, x + w, y + tr]);
  ops.push(["L", x + w, y + h - br]);
  if (br > 0)
    ops.push(["C", x + w, y + h - br + br * K, x + w - br + br * K, y + h, x + w - br, y + h]);
  ops.push(["L", x + bl, y + h]);
  if (bl > 0) ops.push(["C", x + bl - bl * K, y + h, x, y + h - bl + bl * K, x, y + h - bl]);
  ops.push(["L", x, y + tl]);
  if (tl > 0) ops.push(["C", x, y + tl - tl * K, x + tl - tl * K, y, x + tl, y]);
  ops.push(["Z"]);
  return ops;
}

/** The top, right and bottom sides of a box whose left side is an accent strip starting at `x`. */
function openBorder(x: number, y: number, right: number, bottom: number, r: number): PathOp[] {
  return [
    ["M", x, y],
    ["L", right - r, y],
    ["C", right - r + r * K, y, right, y + r - r * K, right, y + r],
    ["L", right, bottom - r],
    ["C", right, bottom - r + r * K, right - r + r * K, bottom, right - r, bottom],
    ["L", x, bottom],
  ];
}

/** Baseline of a line of `size` px text centred in a line box of `lineHeight`. */
const baseline = (top: number, lineHeight: number, size: number) =>
  top + (lineHeight - size) / 2 + size * 0.8;

/** Tracks the extent of an item list. */
function pad(b: Box, by: number): Box {
  return { x: b.x - by, y: b.y - by, width: b.width + 2 * by, height: b.height + 2 * by };
}

function frameItems(f: SceneFrame, scene: ExportScene): DrawItem {
  const t = scene.theme;
  return {
    type: "group",
    role: "frame",
    id: f.key,
    opacity: 1,
    bounds: f,
    items: [
      {
        type: "path",
        ops: roundedRect(f.x + 1, f.y + 1, f.width - 2, f.height - 2, 13),
        paint: {
          fill: mix(f.color, t.tintBase, 0.04),
          stroke: mix(f.color, t.tintBase, 0.35),
          lineWidth: 2,
        },
      },
      {
        type: "runs",
        x: f.x + 18,
        y: f.y + 12 + baseline(0, 23, 17),
        role: "frame-label",
        runs: [
          { text: f.label, size: 17, bold: true, color: f.color },
          { text: f.countText, size: 13, bold: false, color: t.muted, gap: 10 },
        ],
      },
    ],
  };
}

function edgeItems(e: SceneEdge, scene: ExportScene): DrawItem {
  const strong = e.emphasis === "chain" || e.emphasis === "report";
  const xs = e.points.map((p) => p.x);
  const ys = e.points.map((p) => p.y);
  const bounds = {
    x: Math.min(...xs),
    y: Math.min(...ys),
    width: Math.max(...xs) - Math.min(...xs),
    height: Math.max(...ys) - Math.min(...ys),
  };
  return {
    type: "group",
    role: "edge",
    id: e.id,
    opacity: e.emphasis === "dim" ? 0.3 : 1,
    bounds: pad(bounds, 3),
    items: [
      {
        type: "path",
        role: "edge",
        ops: e.points.map((p, i) => [i === 0 ? "M" : "L", p.x, p.y] as const),
        paint: {
          stroke: strong ? scene.theme.strongLine : scene.theme.line,
          lineWidth: strong ? 2.5 : 1.5,
        },
      },
    ],
  };
}

/** The chart's document mark (theme/icons.ts) with its top-left corner at (x, y). */
export function documentMark(x: number, y: number, color: string): DrawItem[] {
  return DOCUMENT_ICON.strokes.map((stroke) => ({
    type: "path",
    ops: stroke.subpaths.flatMap(({ points, closed }) => [
      ...points.map(([px, py], i) => [i === 0 ? "M" : "L", x + px, y + py] as const),
      ...(closed ? [["Z"] as const] : []),
    ]),
    paint: { stroke: color, lineWidth: stroke.width },
  }));
}

/** The muted "+2 not described" row from `top`: a dashed rule, then the words. */
function markerItems(
  text: string,
  left: number,
  right: number,
  top: number,
  t: ExportScene["theme"],
): DrawItem[] {
  return [
    {
      type: "path",
      ops: [
        ["M", left, top + 0.5],
        ["L", right, top + 0.5],
      ],
      paint: { stroke: t.boxBorder, lineWidth: 1, dash: [3, 2] },
    },
    {
      type: "text",
      role: "undescribed",
      x: left,
      y: top + 15,
      lines: [text],
      lineHeight: 19,
      size: fitSize([text], right - left, 12, BOX_STYLE.minFooterSize),
      bold: false,
      color: t.muted,
      anchor: "start",
    },
  ];
}

/** Where a box's parts go: its edges inside the border and the middles of its two rows. */
interface BoxFrame {
  left: number;
  right: number;
  metaMid: number;
  footerMid: number;
  /** Where the "+2 not described" row starts, when the box has one. */
  markerTop: number;
}

/** The selection ring, the organization's strip and the body with its border. */
function boxShape(b: SceneBox, scene: ExportScene): DrawItem[] {
  const t = scene.theme;
  const S = BOX_STYLE;
  const team = b.kind === "team";
  const border = team ? S.teamBorderWidth : S.borderWidth;
  const r = team ? S.teamRadius : S.radius;
  const { x, y, width: w, height: h } = b;
  const items: DrawItem[] = [];
  if (b.emphasis === "selected" || b.emphasis === "chain") {
    const ring = b.emphasis === "selected" ? 3 : 2;
    items.push({
      type: "path",
      ops: roundedRect(x - ring / 2, y - ring / 2, w + ring, h + ring, r + ring / 2),
      paint: { stroke: b.color, lineWidth: ring },
    });
  }
  // The accent strip is the whole box in the organization's colour, with the body laid over it.
  items.push({ type: "path", ops: roundedRect(x, y, w, h, r), paint: { fill: b.color } });
  const inner = r - border;
  const outer = Math.max(0, r - S.accent);
  items.push({
    type: "path",
    ops: roundedRect(x + S.accent, y + border, w - S.accent - border, h - 2 * border, [
      outer,
      inner,
      inner,
      outer,
    ]),
    paint: { fill: team ? mix(b.color, t.tintBase, 0.05) : t.boxFill },
  });
  items.push({
    type: "path",
    ops: openBorder(
      x + S.accent,
      y + border / 2,
      x + w - border / 2,
      y + h - border / 2,
      r - border / 2,
    ),
    paint: team
      ? { stroke: mix(b.color, t.tintBase, 0.7), lineWidth: 2, dash: [6, 4] }
      : { stroke: t.boxBorder, lineWidth: 1 },
  });
  return items;
}

function boxFrame(b: SceneBox): BoxFrame & { top: number } {
  const S = BOX_STYLE;
  const border = b.kind === "team" ? S.teamBorderWidth : S.borderWidth;
  // The "+2 not described" row, when there is one, is the box's last (as on screen).
  const markerRow = b.undescribedText === null ? 0 : BOX.markerRow;
  const footerTop = b.y + b.height - border - S.padBottom - S.footerRow - markerRow;
  const metaTop = footerTop - S.rowGap - S.metaRow;
  return {
    top: b.y + border + S.padTop,
    left: b.x + S.accent + S.padLeft,
    right: b.x + b.width - border - S.padRight,
    metaMid: metaTop + S.metaRow / 2,
    footerMid: footerTop + S.footerRow / 2,
    markerTop: footerTop + S.footerRow + S.rowGap,
  };
}

/** A line of 12px bold text in the badge row. */
function metaText(role: string, x: number, f: BoxFrame, text: string, color: string): DrawItem {
  const y = f.metaMid + 4.2;
  return {
    type: "text",
    role,
    x,
    y,
    lines: [text],
    lineHeight: 18,
    size: 12,
    bold: true,
    color,
    anchor: "start",
  };
}

/** The badge row: classification badge, "Team" and the document mark. */
function metaItems(b: SceneBox, scene: ExportScene, f: BoxFrame): DrawItem[] {
  const t = scene.theme;
  const items: DrawItem[] = [];
  let cursor = f.left;
  if (b.badge !== null) {
    const width = textWidth(b.badge, 12, true) + 14;
    items.push({
      type: "path",
      ops: roundedRect(cursor, f.metaMid - 9, width, 18, 9),
      paint: { fill: b.color },
    });
    items.push(metaText("badge", cursor + 7, f, b.badge, t.onAccent));
    cursor += width + 6;
  }
  if (b.countBadge !== null) {
    const width = textWidth(b.countBadge, 12, true) + 12;
    items.push({
      type: "path",
      ops: roundedRect(cursor, f.metaMid - 9, width, 18, 9),
      paint: { fill: t.boxFill, stroke: b.color, lineWidth: 1 },
    });
    items.push(metaText("count", cursor + 6, f, b.countBadge, t.ink));
    cursor += width + 6;
  }
  if (b.kind === "team")
    items.push(metaText("team", cursor, f, translate(scene.language, "box.team"), b.color));
  if (b.hasDocument) items.push(...documentMark(f.right - 12, f.metaMid - 7, t.muted));
  return items;
}

/** The FTE row: the position's or unit's FTEs, and the "+12" pill of a closed box. */
function footerItems(b: SceneBox, scene: ExportScene, f: BoxFrame): DrawItem[] {
  const t = scene.theme;
  const items: DrawItem[] = [];
  const pill = b.hiddenText === null ? 0 : textWidth(b.hiddenText, 12, true) + 16;
  if (b.fteText !== null) {
    items.push({
      type: "text",
      role: "fte",
      x: f.left,
      y: f.footerMid + 4.5,
      lines: [b.fteText],
      lineHeight: 18,
      // A unit total beside a "+12 hidden" pill may need a smaller size to keep clear of it.
      size: fitSize(
        [b.fteText],
        f.right - f.left - (pill > 0 ? pill + 6 : 0),
        13,
        BOX_STYLE.minFooterSize,
      ),
      bold: false,
      color: t.muted,
      anchor: "start",
    });
  }
  if (b.hiddenText !== null) {
    items.push({
      type: "path",
      ops: roundedRect(f.right - pill, f.footerMid - 10, pill, 20, 10),
      paint: { fill: t.boxFill, stroke: b.color, lineWidth: 1 },
    });
    items.push({
      type: "text",
      role: "hidden",
      x: f.right - 8,
      y: f.footerMid + 4.2,
      lines: [b.hiddenText],
      lineHeight: 20,
      size: 12,
      bold: true,
      color: b.color,
      anchor: "end",
    });
  }
  return items;
}

/** A position's box as draw items, laid out as the chart's `.box` (position-node.css). */
export function boxItems(b: SceneBox, scene: ExportScene): DrawItem {
  const f = boxFrame(b);
  const lineHeight = (BOX_STYLE.lineHeight * b.titleSize) / BOX_STYLE.titleSize;
  const title: DrawItem = {
    type: "text",
    role: "title",
    x: f.left,
    y: baseline(f.top, lineHeight, b.titleSize),
    lines: b.titleLines,
    lineHeight,
    size: b.titleSize,
    bold: true,
    color: scene.theme.ink,
    anchor: "start",
  };
  return {
    type: "group",
    role: "box",
    id: b.id,
    opacity: b.emphasis === "dim" ? 0.4 : 1,
    bounds: pad(b, 4),
    items: [
      ...boxShape(b, scene),
      title,
      ...metaItems(b, scene, f),
      ...footerItems(b, scene, f),
      ...(b.undescribedText === null
        ? []
        : markerItems(b.undescribedText, f.left, f.right, f.markerTop, scene.theme)),
    ],
  };
}

/** The scene as draw items, back to front: organization frames, reporting lines, boxes. */
export function drawItems(scene: ExportScene): DrawItem[] {
  return [
    ...scene.frames.map((f) => frameItems(f, scene)),
    ...scene.edges.map((e) => edgeItems(e, scene)),
    ...scene.boxes.map((b) => boxItems(b, scene)),
  ];
}

/** Whether a group's bounds meet a rectangle (for tiles and poster pages). */
export function meets(a: Box, b: Box): boolean {
  return (
    a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height
  );
}

/** The font stack every format declares; no remote font is loaded. */
export const FONT_STACK = '"Noto Sans", "Helvetica Neue", Arial, sans-serif';
