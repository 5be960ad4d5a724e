import type { Box } from "../core/layout/types.ts";

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
export function openBorder(
  x: number,
  y: number,
  right: number,
  bottom: number,
  r: number,
): PathOp[] {
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
export const baseline = (top: number, lineHeight: number, size: number) =>
  top + (lineHeight - size) / 2 + size * 0.8;

/** A box grown by `by` on every side (a group's bounds). */
export function pad(b: Box, by: number): Box {
  return { x: b.x - by, y: b.y - by, width: b.width + 2 * by, height: b.height + 2 * by };
}

/** Whether a group's bounds meet a rectangle (for tiles and poster pages). */
export function meets(a: Box, b: Box): boolean {
  return (
    a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height
  );
}

/** The font stack every format declares; no remote font is loaded. */
export const FONT_STACK = '"Noto Sans", "Helvetica Neue", Arial, sans-serif';
