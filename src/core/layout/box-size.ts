import type { Size } from "./types.ts";

/**
 * A position box's metrics in px: the one source for the layout (box heights), the screen (the
 * CSS variables below, which the `.box` rules read) and the exports (export/scene.ts, paint-box.ts).
 */
export const BOX = {
  width: 240,
  /** Title font size (`.box__title`). */
  titleSize: 15,
  /** Characters that safely fit on one title line at 15px in the box's content width. */
  charsPerLine: 24,
  lineHeight: 20,
  /** Padding, badge row and FTE row around the title, with some room to spare. */
  chrome: 72,
  /** The organization's colour strip down the left side. */
  accent: 6,
  borderWidth: 1,
  teamBorderWidth: 2,
  radius: 6,
  teamRadius: 16,
  padTop: 8,
  padRight: 10,
  padBottom: 6,
  padLeft: 16,
  /** The badge row and the FTE row under the title, and the gap between rows. */
  metaRow: 22,
  footerRow: 24,
  rowGap: 2,
  /**
   * The muted "+2 not described" row at the foot of a manager's box (.box__undescribed in chart/position-node.css),
   * inside the box so the layout keeps lines and other boxes clear of it (decision 0110).
   */
  markerRow: 22,
} as const;

/** The metrics the CSS uses, as custom-property declarations: `["--box-pad-top", "8px"]`. */
export function boxCssDeclarations(): Array<[string, string]> {
  const used = [
    "titleSize",
    "lineHeight",
    "accent",
    "borderWidth",
    "teamBorderWidth",
    "radius",
    "teamRadius",
    "padTop",
    "padRight",
    "padBottom",
    "padLeft",
    "metaRow",
    "footerRow",
    "rowGap",
    "markerRow",
  ] as const;
  return used.map((key) => [
    `--box-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
    `${BOX[key]}px`,
  ]);
}

/** Greedy word wrap; a word longer than a line gets a line of its own (CSS breaks it there too). */
export function wrapTitle(title: string, charsPerLine: number = BOX.charsPerLine): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of title.split(/\s+/).filter(Boolean)) {
    if (line === "") line = word;
    else if (line.length + 1 + word.length <= charsPerLine) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== "") lines.push(line);
  return lines.length > 0 ? lines : [""];
}

/** Whether a box has the "+N not described" row. */
export function hasMarkerRow(node: { undescribedReports?: number | undefined }): boolean {
  return (node.undescribedReports ?? 0) > 0;
}

/**
 * Size of a position's box: fixed width, height grows with the wrapped title, and by one row
 * when it carries the "+N not described" marker.
 */
export function boxSize(title: string, markerRow = false): Size {
  const lines = wrapTitle(title).reduce(
    (sum, l) => sum + Math.max(1, Math.ceil(l.length / BOX.charsPerLine)),
    0,
  );
  const marker = markerRow ? BOX.markerRow : 0;
  return { width: BOX.width, height: BOX.chrome + lines * BOX.lineHeight + marker };
}

/** Size of a node's box (see boxSize). */
export function nodeBoxSize(node: {
  title: string;
  undescribedReports?: number | undefined;
}): Size {
  return boxSize(node.title, hasMarkerRow(node));
}
