import type { Box, Direction, Point } from "../core/layout/types.ts";
import type { Language } from "../i18n/messages.ts";
import type { ExportTheme } from "./theme.ts";

/** How a box or line is emphasised; the same states as the chart's. */
export type Emphasis = "selected" | "chain" | "report" | "dim" | "none";

/** What the user sees besides positions: collapsed boxes, the organization filter, the selection. */
export interface ExportView {
  collapsed: ReadonlySet<string>;
  /** Organization shown alone, or null for all. */
  organization: string | null;
  /** The selection and its highlight; null draws no emphasis. */
  highlight: {
    selectedId: string;
    chain: ReadonlySet<string>;
    reports: ReadonlySet<string>;
  } | null;
}

/** Which part of the chart to export. */
export type ExportScope =
  | { kind: "all" }
  /** What is on screen: the visible rectangle in chart coordinates. */
  | { kind: "viewport"; rect: Box }
  /** A position and everything shown under it. */
  | { kind: "subtree"; rootId: string };

export interface SceneBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  kind: "position" | "team";
  title: string;
  /** The title wrapped as the chart wraps it; a word longer than a line is broken. */
  titleLines: string[];
  /** Title font size in px, below 15 only when a line would not fit the box. */
  titleSize: number;
  /** Classification badge, e.g. "EX-01". */
  badge: string | null;
  /** "6 positions" on a box standing for several identical positions. */
  countBadge: string | null;
  /** The muted "+2 not described" row at the foot of a manager's box. */
  undescribedText: string | null;
  /** "8 FTEs", "3 FTEs planned"; a manager's unit total: "Unit: 46 FTEs · 3 planned". */
  fteText: string | null;
  /** Whether fteText is a unit total. */
  fteIsUnit: boolean;
  /** "+12 hidden" on a collapsed box with reports. */
  hiddenText: string | null;
  hasDocument: boolean;
  /** Organization key (its label) and accent colour. */
  org: string;
  color: string;
  emphasis: Emphasis;
}

export interface SceneEdge {
  id: string;
  source: string;
  target: string;
  /** Orthogonal polyline from the manager to the report. */
  points: Point[];
  emphasis: Emphasis;
}

export interface SceneFrame {
  key: string;
  label: string;
  /** "16 positions". */
  countText: string;
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
}

/**
 * Everything an exporter draws, in scene coordinates (px, origin at the top-left of the image).
 * Built once from the graph, the layout and the view; every format draws from it.
 */
export interface ExportScene {
  width: number;
  height: number;
  /** What was exported, e.g. "Executive Director, Service and reports". */
  title: string;
  /** The file-name subject, e.g. "cds-executive-director-service". */
  subject: string;
  direction: Direction;
  theme: ExportTheme;
  /** The language of the file's own text (labels, page numbers); content stays as written. */
  language: Language;
  frames: SceneFrame[];
  edges: SceneEdge[];
  boxes: SceneBox[];
  /** Organizations present, in chart order (one PowerPoint slide each). */
  orgs: Array<{ key: string; label: string; color: string }>;
  /** One slide for a subtree rather than one per organization. */
  singleSlide: boolean;
}

/** Called while an export runs: `done` is 0..1. */
export type Progress = (done: number, label: string) => void;

/** A finished export: the file, its extension, and a sentence when the result differs from the request. */
export interface ExportResult {
  blob: Blob;
  extension: string;
  message: string | null;
}
