/** Flow direction of the chart: top-down or left-to-right. */
export type Direction = "DOWN" | "RIGHT";

/**
 * How reports are arranged. "compact" (the default): reports with no reports of their own hang
 * in a list of one or two columns under their manager, so a chart approaches a screen's shape.
 * "wide": every report side by side in one row per level.
 */
export type LayoutMode = "compact" | "wide";

export interface Size {
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface Box extends Point, Size {}

/** One organization's trees, to be laid out as one separate group. */
export interface LayoutTree {
  key: string;
  label: string;
  /** The frame of positions with no known manager and no reports (see `organizations`). */
  unplaced?: boolean;
  /** Nodes in pre-order: a manager before its reports, siblings in document order. */
  nodes: Array<{ id: string; depth: number } & Size>;
  edges: Array<{ id: string; source: string; target: string }>;
}

export interface LayoutRequest {
  direction: Direction;
  mode: LayoutMode;
  trees: LayoutTree[];
}

export interface LayoutGroup extends Box {
  key: string;
  label: string;
  /** The frame of positions with no known manager and no reports: its label is translated. */
  unplaced?: boolean;
}

export interface LayoutResult {
  /** Top-left corner and size of each box, in chart coordinates. */
  positions: Record<string, Box>;
  /** Orthogonal polyline of each edge, from the manager to the report. */
  edges: Record<string, Point[]>;
  /** One frame per organization, with room for its label at the top. */
  groups: LayoutGroup[];
  width: number;
  height: number;
  /** Which engine produced it: ELK, or the instant tree layout used when ELK fails or is slow. */
  engine: "elk" | "fallback";
  direction: Direction;
  mode: LayoutMode;
}

/** Spacing shared by the ELK and the fallback layout so both look alike. */
export const SPACING = {
  /** Between boxes of one level. */
  sibling: 28,
  /** Between levels; the bus line runs in the middle of it. */
  level: 64,
  /** Inside an organization frame. */
  groupPadding: 28,
  /** Height of an organization's label strip. */
  groupHeader: 44,
  /** Between organization frames. */
  groupGap: 72,
} as const;

/** Spacing of the compact layout's lists of reports (see compact.ts). */
export const STACK = {
  /** Between two boxes of one column of a list. */
  rowGap: 16,
  /** Between the two columns of a list; the list's spine runs in the middle of it. */
  gutter: 44,
  /** Left of a one-column list, for its spine. */
  margin: 28,
} as const;
