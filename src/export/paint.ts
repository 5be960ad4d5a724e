import type { ExportScene, SceneEdge, SceneFrame } from "./types.ts";
import type { DrawItem } from "./draw-items.ts";
import { baseline, pad, roundedRect } from "./draw-items.ts";
import { boxItems } from "./paint-box.ts";
import { mix } from "./theme.ts";

// The scene as the renderers draw it: organization frames and reporting lines here, each box in
// paint-box.ts, the draw items and shape helpers they share in draw-items.ts.

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

/** The scene as draw items, back to front: organization frames, reporting lines, boxes. */
export function drawItems(scene: ExportScene): DrawItem[] {
  return [
    ...scene.frames.map((f) => frameItems(f, scene)),
    ...scene.edges.map((e) => edgeItems(e, scene)),
    ...scene.boxes.map((b) => boxItems(b, scene)),
  ];
}
