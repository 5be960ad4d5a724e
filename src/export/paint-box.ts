import { BOX } from "../core/layout/box-size.ts";
import { translate } from "../i18n/format.ts";
import { DOCUMENT_ICON } from "../theme/icons.ts";
import type { DrawItem } from "./draw-items.ts";
import { baseline, openBorder, pad, roundedRect } from "./draw-items.ts";
import { BOX_STYLE } from "./scene.ts";
import { fitSize, textWidth } from "./text-metrics.ts";
import { mix } from "./theme.ts";
import type { ExportScene, SceneBox } from "./types.ts";

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
