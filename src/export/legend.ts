import { translate } from "../i18n/format.ts";
import type { MessageKey } from "../i18n/messages.ts";
import type { DrawItem } from "./draw-items.ts";
import { boxItems, documentMark } from "./paint-box.ts";
import { textWidth } from "./text-metrics.ts";
import type { Emphasis, ExportScene, SceneBox } from "./types.ts";

/** What a legend entry explains; each is drawn with a sample in the chart's own style. */
export type LegendKind =
  | "position"
  | "team"
  | "document"
  | "count"
  | "unit"
  | "undescribed"
  | "hidden"
  | "selected"
  | "greyed";

export interface LegendEntry {
  kind: LegendKind;
  label: string;
}

const LABELS: Record<LegendKind, MessageKey> = {
  position: "exportLegend.position",
  team: "exportLegend.team",
  document: "box.hasDocument",
  count: "legend.count",
  undescribed: "legend.undescribed",
  unit: "exportLegend.unit",
  hidden: "exportLegend.hidden",
  selected: "exportLegend.selected",
  greyed: "exportLegend.greyed",
};

/**
 * The legend of a scene: position and team boxes always, then only what the export shows (the
 * document mark, unit totals, hidden reports, the selection and the boxes it greys).
 */
export function legendEntries(scene: ExportScene): LegendEntry[] {
  const has = (test: (b: SceneBox) => boolean) => scene.boxes.some(test);
  const kinds: LegendKind[] = ["position", "team"];
  if (has((b) => b.hasDocument)) kinds.push("document");
  if (has((b) => b.countBadge !== null)) kinds.push("count");
  if (has((b) => b.fteIsUnit)) kinds.push("unit");
  if (has((b) => b.undescribedText !== null)) kinds.push("undescribed");
  if (has((b) => b.hiddenText !== null)) kinds.push("hidden");
  if (has((b) => b.emphasis === "selected")) kinds.push("selected");
  if (has((b) => b.emphasis === "dim")) kinds.push("greyed");
  return kinds.map((kind) => ({ kind, label: translate(scene.language, LABELS[kind]) }));
}

/** Legend geometry in px: samples 40 x 24, labels at 12 px, entries in rows of ROW. */
export const LEGEND = { sample: 40, sampleHeight: 24, gap: 8, spacing: 22, row: 32, size: 12 };

/** Entries whose sample is a symbol rather than a box. */
const SYMBOLS: Partial<Record<LegendKind, string>> = {
  unit: "Σ",
  hidden: "+N",
  count: "×N",
  undescribed: "+N",
};

function sample(entry: LegendEntry, x: number, y: number, scene: ExportScene): DrawItem[] {
  const color = scene.orgs[0]?.color ?? scene.theme.ink;
  if (entry.kind === "document") return documentMark(x + 14, y + 5, scene.theme.muted);
  // The marker's dashed rule above its muted "+N", as the box draws it.
  const rule: DrawItem[] =
    entry.kind === "undescribed"
      ? [
          {
            type: "path",
            ops: [
              ["M", x + 2, y + 2],
              ["L", x + LEGEND.sample - 2, y + 2],
            ],
            paint: { stroke: scene.theme.boxBorder, lineWidth: 1, dash: [3, 2] },
          },
        ]
      : [];
  if (entry.kind !== "position" && entry.kind in SYMBOLS) {
    const text = SYMBOLS[entry.kind]!;
    return [
      ...rule,
      {
        type: "text",
        x: x + LEGEND.sample / 2 - textWidth(text, 13, true) / 2,
        y: y + 17,
        lines: [text],
        lineHeight: 18,
        size: 13,
        bold: entry.kind !== "undescribed",
        color: entry.kind === "hidden" ? color : scene.theme.muted,
        anchor: "start",
      },
    ];
  }
  const emphasis: Emphasis =
    entry.kind === "selected" ? "selected" : entry.kind === "greyed" ? "dim" : "none";
  const box: SceneBox = {
    id: `legend-${entry.kind}`,
    x,
    y,
    width: LEGEND.sample,
    height: LEGEND.sampleHeight,
    kind: entry.kind === "team" ? "team" : "position",
    title: "",
    titleLines: [],
    titleSize: 12,
    badge: null,
    countBadge: null,
    undescribedText: null,
    fteText: null,
    fteIsUnit: false,
    hiddenText: null,
    hasDocument: false,
    org: "",
    color,
    emphasis,
  };
  // The sample is a box as the chart draws it, without the words a box carries ("Team").
  const group = boxItems(box, scene);
  return group.type === "group"
    ? [{ ...group, items: group.items.filter((i) => i.type !== "text") }]
    : [group];
}

/** Width of one entry: its sample, a gap, its label. */
const entryWidth = (e: LegendEntry) =>
  LEGEND.sample + LEGEND.gap + textWidth(e.label, LEGEND.size, false);

/** The size of the legend drawn within `maxWidth` px. */
export function legendSize(entries: readonly LegendEntry[], maxWidth: number) {
  let rows = 1;
  let x = 0;
  let width = 0;
  for (const e of entries) {
    const w = entryWidth(e);
    if (x > 0 && x + w > maxWidth) {
      rows += 1;
      x = 0;
    }
    x += w + LEGEND.spacing;
    width = Math.max(width, x - LEGEND.spacing);
  }
  return { width, height: rows * LEGEND.row - (LEGEND.row - LEGEND.sampleHeight) };
}

/**
 * The legend as draw items from (x, y), entries left to right, wrapping at `maxWidth`: each a
 * sample drawn as the chart draws it (so the legend cannot drift from the boxes) and a label.
 */
export function legendItems(
  scene: ExportScene,
  entries: readonly LegendEntry[],
  x0: number,
  y0: number,
  maxWidth: number,
): DrawItem[] {
  const items: DrawItem[] = [];
  let x = x0;
  let y = y0;
  for (const e of entries) {
    const w = entryWidth(e);
    if (x > x0 && x - x0 + w > maxWidth) {
      x = x0;
      y += LEGEND.row;
    }
    items.push(...sample(e, x, y, scene));
    items.push({
      type: "text",
      role: "legend",
      x: x + LEGEND.sample + LEGEND.gap,
      y: y + LEGEND.sampleHeight / 2 + LEGEND.size * 0.35,
      lines: [e.label],
      lineHeight: LEGEND.row,
      size: LEGEND.size,
      bold: false,
      color: scene.theme.ink,
      anchor: "start",
    });
    x += w + LEGEND.spacing;
  }
  return items;
}
