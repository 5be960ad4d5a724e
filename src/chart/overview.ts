import type { FlowNode } from "./flow-elements.ts";

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface OverviewShapes {
  /** Organization frames, outlined in their colour. */
  frames: Array<Rect & { key: string; color: string }>;
  /** Every box of one colour as one path of rectangles. */
  boxes: Array<{ color: string; d: string }>;
  /** Around every frame and box; null for an empty chart. */
  bounds: Rect | null;
}

/**
 * What the chart's overview draws: a few elements whatever the number of boxes (React Flow's
 * MiniMap draws one component, with its own store subscription, per box).
 */
export function overviewShapes(nodes: readonly FlowNode[]): OverviewShapes {
  const frames: OverviewShapes["frames"] = [];
  const paths = new Map<string, string[]>();
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const node of nodes) {
    const { x, y } = node.position;
    const width = node.width ?? 0;
    const height = node.height ?? 0;
    left = Math.min(left, x);
    top = Math.min(top, y);
    right = Math.max(right, x + width);
    bottom = Math.max(bottom, y + height);
    if (node.type === "org") {
      frames.push({ key: node.id, x, y, width, height, color: node.data.color });
    } else if (node.type === "position") {
      const parts = paths.get(node.data.color) ?? [];
      parts.push(`M${x} ${y}h${width}v${height}h${-width}z`);
      paths.set(node.data.color, parts);
    }
  }
  return {
    frames,
    boxes: [...paths].map(([color, parts]) => ({ color, d: parts.join("") })),
    bounds:
      nodes.length === 0 ? null : { x: left, y: top, width: right - left, height: bottom - top },
  };
}

/** The part of the chart the pane shows, in chart coordinates. */
export function visibleRect(transform: readonly [number, number, number], pane: Size): Rect {
  const [tx, ty, zoom] = transform;
  return { x: -tx / zoom, y: -ty / zoom, width: pane.width / zoom, height: pane.height / zoom };
}

export interface Size {
  width: number;
  height: number;
}

/**
 * The overview's viewBox: the chart and the visible part together, centred in an element of
 * `size` with a margin; `scale` is chart units per overview pixel. The same framing as React
 * Flow's MiniMap, so both overviews look alike.
 */
export function overviewViewBox(
  content: Rect | null,
  view: Rect,
  size: Size,
  margin = 5,
): Rect & { scale: number } {
  const all = content === null ? view : union(content, view);
  const scale = Math.max(all.width / size.width, all.height / size.height) || 1;
  const offset = margin * scale;
  const width = scale * size.width;
  const height = scale * size.height;
  return {
    x: all.x - (width - all.width) / 2 - offset,
    y: all.y - (height - all.height) / 2 - offset,
    width: width + offset * 2,
    height: height + offset * 2,
    scale,
  };
}

function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

/** What a key does in the overview: move the view, zoom it, or fit the whole chart. */
export type OverviewKeyAction =
  { kind: "pan"; x: number; y: number } | { kind: "zoom"; factor: number } | { kind: "fit" };

const PAN_SHARE = 0.2;

/**
 * The overview's keys: arrows move the view a fifth of what is visible (Shift: a whole view),
 * + and − zoom, 0 and Home show the whole chart.
 */
export function overviewKeyAction(
  key: string,
  shift: boolean,
  view: Rect,
): OverviewKeyAction | null {
  const share = shift ? 1 : PAN_SHARE;
  const dx = view.width * share;
  const dy = view.height * share;
  switch (key) {
    case "ArrowLeft":
      return { kind: "pan", x: -dx, y: 0 };
    case "ArrowRight":
      return { kind: "pan", x: dx, y: 0 };
    case "ArrowUp":
      return { kind: "pan", x: 0, y: -dy };
    case "ArrowDown":
      return { kind: "pan", x: 0, y: dy };
    case "+":
    case "=":
      return { kind: "zoom", factor: 1.25 };
    case "-":
    case "_":
      return { kind: "zoom", factor: 0.8 };
    case "0":
    case "Home":
      return { kind: "fit" };
    default:
      return null;
  }
}
