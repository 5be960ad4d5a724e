import type { DeckLine } from "./deck-layout.ts";
import { xmlEscape } from "./svg.ts";

/** English Metric Units per inch, PowerPoint's unit of length. */
export const EMU = 914_400;

const emu = (inches: number) => Math.round(inches * EMU);

/** A connector to write: the line, the names of the two boxes it joins, and its style. */
export interface ConnectorSpec {
  line: DeckLine;
  fromName: string;
  toName: string;
  name: string;
  /** #rrggbb */
  color: string;
  /** Points. */
  width: number;
  /** 0..1; 1 is opaque. */
  opacity: number;
}

/**
 * The geometry of a glued elbow connector: PowerPoint's connectors are drawn in a box that is
 * flipped and rotated, so a line that goes down first is a horizontal-first preset turned by a
 * quarter. The path from `points[0]` to its last point is:
 * - straight down: straightConnector1;
 * - down, across, down (a bus): bentConnector3, `adj1` where it turns;
 * - down, then across into a side (a list on a spine): bentConnector2.
 */
export function connectorGeometry(points: DeckLine["points"]): {
  prst: "straightConnector1" | "bentConnector2" | "bentConnector3";
  off: { x: number; y: number };
  ext: { cx: number; cy: number };
  rot: number;
  flipH: boolean;
  adj: number | null;
} {
  const s = points[0]!;
  const e = points.at(-1)!;
  const h = e.y - s.y;
  const w = Math.abs(e.x - s.x);
  if (w < 1e-6) {
    return {
      prst: "straightConnector1",
      off: { x: emu(s.x), y: emu(Math.min(s.y, e.y)) },
      ext: { cx: 0, cy: emu(Math.abs(h)) },
      rot: 0,
      flipH: false,
      adj: null,
    };
  }
  // Turned a quarter, the box's width runs down the slide and its height across.
  const cx = (s.x + e.x) / 2;
  const cy = (s.y + e.y) / 2;
  const right = e.x > s.x;
  const bus = points.length === 4 ? points[1]!.y : null;
  return {
    prst: bus === null ? "bentConnector2" : "bentConnector3",
    off: { x: emu(cx - h / 2), y: emu(cy - w / 2) },
    ext: { cx: emu(h), cy: emu(w) },
    // Down then right: turned three quarters and flipped; down then left: turned one quarter.
    rot: right ? 16_200_000 : 5_400_000,
    flipH: right,
    adj: bus === null ? null : Math.round(((bus - s.y) / h) * 100_000),
  };
}

function connectorXml(spec: ConnectorSpec, id: number, fromId: number, toId: number): string {
  const g = connectorGeometry(spec.line.points);
  const attrs = `${g.rot !== 0 ? ` rot="${g.rot}"` : ""}${g.flipH ? ' flipH="1"' : ""}`;
  const adj =
    g.adj === null ? "<a:avLst/>" : `<a:avLst><a:gd name="adj1" fmla="val ${g.adj}"/></a:avLst>`;
  const alpha = spec.opacity < 1 ? `<a:alpha val="${Math.round(spec.opacity * 100_000)}"/>` : "";
  const color = spec.color.replace(/^#/, "").toUpperCase();
  return (
    `<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="${id}" name="${xmlEscape(spec.name)}"/>` +
    `<p:cNvCxnSpPr><a:stCxn id="${fromId}" idx="${spec.line.fromSite}"/>` +
    `<a:endCxn id="${toId}" idx="${spec.line.toSite}"/></p:cNvCxnSpPr><p:nvPr/></p:nvCxnSpPr>` +
    `<p:spPr><a:xfrm${attrs}><a:off x="${g.off.x}" y="${g.off.y}"/>` +
    `<a:ext cx="${g.ext.cx}" cy="${g.ext.cy}"/></a:xfrm>` +
    `<a:prstGeom prst="${g.prst}">${adj}</a:prstGeom>` +
    `<a:ln w="${Math.round(spec.width * 12_700)}"><a:solidFill><a:srgbClr val="${color}">${alpha}</a:srgbClr></a:solidFill></a:ln>` +
    `</p:spPr></p:cxnSp>`
  );
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, ref: string) => {
    if (ref[0] === "#")
      return String.fromCodePoint(
        ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)),
      );
    return ENTITIES[ref] ?? whole;
  });
}

/** The shape ids of a slide by shape name. */
export function shapeIds(slideXml: string): Map<string, number> {
  const ids = new Map<string, number>();
  for (const m of slideXml.matchAll(/<p:cNvPr id="(\d+)" name="([^"]*)"/g))
    ids.set(unescapeXml(m[2]!), Number(m[1]));
  return ids;
}

/**
 * Adds glued connectors to a slide's XML: each `p:cxnSp` names the ids of the two shapes it joins
 * (`a:stCxn`, `a:endCxn`) and their connection sites, so PowerPoint and Impress keep the line on
 * the boxes when a person moves one. They go first in the shape tree, behind the boxes.
 *
 * pptxgenjs has no connector API; this is the one step that writes its XML (see
 * docs/decisions/0300-glued-connectors.md).
 */
export function addConnectors(slideXml: string, connectors: readonly ConnectorSpec[]): string {
  if (connectors.length === 0) return slideXml;
  const ids = shapeIds(slideXml);
  let next = Math.max(0, ...ids.values()) + 1;
  const xml = connectors.map((c) => {
    const from = ids.get(c.fromName);
    const to = ids.get(c.toName);
    if (from === undefined || to === undefined)
      throw new Error(`No shape named ${from === undefined ? c.fromName : c.toName} on the slide`);
    return connectorXml(c, next++, from, to);
  });
  const anchor = "</p:grpSpPr>";
  const at = slideXml.indexOf(anchor);
  if (at < 0) throw new Error("The slide has no shape tree");
  return slideXml.slice(0, at + anchor.length) + xml.join("") + slideXml.slice(at + anchor.length);
}
