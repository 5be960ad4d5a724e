import type { DrawItem, Paint, PathOp } from "./draw-items.ts";
import { FONT_STACK } from "./draw-items.ts";
import { drawItems } from "./paint.ts";
import { imageFrame } from "./image-frame.ts";
import type { ImageShape } from "./options.ts";
import type { ExportScene } from "./types.ts";

export interface SvgOptions {
  /** "white" paints the theme's paper behind the chart; "transparent" leaves it empty. */
  background?: "white" | "transparent";
  /** The picture's shape: the chart's own (default), a 16:9 slide or a page. */
  shape?: ImageShape;
  /** Draws the legend under the chart. */
  legend?: boolean;
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text and attribute values; drops characters XML 1.0 forbids. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[\p{Cc}\ufffe\uffff]/gu, (c) => (c === "\t" || c === "\n" || c === "\r" ? c : ""))
    .replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Two decimals at most: keeps a 5,000-box SVG small without visible rounding. */
const n = (v: number) => String(Math.round(v * 100) / 100);

export function pathData(ops: readonly PathOp[]): string {
  let d = "";
  for (const op of ops) {
    if (op[0] === "Z") d += "Z";
    else if (op[0] === "C")
      d += `C${n(op[1])} ${n(op[2])} ${n(op[3])} ${n(op[4])} ${n(op[5])} ${n(op[6])}`;
    else d += `${op[0]}${n(op[1])} ${n(op[2])}`;
  }
  return d;
}

function paintAttrs(p: Paint): string {
  let a = ` fill="${p.fill ?? "none"}"`;
  if (p.stroke) {
    a += ` stroke="${p.stroke}" stroke-width="${n(p.lineWidth ?? 1)}"`;
    if (p.dash && p.dash.length > 0) a += ` stroke-dasharray="${p.dash.join(" ")}"`;
  }
  return a;
}

function textAttrs(size: number, bold: boolean, color: string): string {
  return ` font-size="${n(size)}"${bold ? ' font-weight="600"' : ""} fill="${color}"`;
}

function render(item: DrawItem, out: string[]): void {
  switch (item.type) {
    case "path":
      out.push(
        `<path${item.role ? ` class="${item.role}"` : ""} d="${pathData(item.ops)}"${paintAttrs(item.paint)}/>`,
      );
      return;
    case "text": {
      const anchor = item.anchor === "end" ? ' text-anchor="end"' : "";
      const role = item.role ? ` class="${item.role}"` : "";
      const attrs = `${role} x="${n(item.x)}" y="${n(item.y)}"${anchor}${textAttrs(item.size, item.bold, item.color)}`;
      if (item.lines.length === 1) {
        out.push(`<text${attrs}>${xmlEscape(item.lines[0]!)}</text>`);
        return;
      }
      // One <text> per title, one <tspan> per wrapped line: a search for the whole title finds it.
      const spans = item.lines.map(
        (line, i) =>
          `<tspan x="${n(item.x)}"${i === 0 ? "" : ` dy="${n(item.lineHeight)}"`}>${xmlEscape(line)}${
            i < item.lines.length - 1 ? " " : ""
          }</tspan>`,
      );
      out.push(`<text${attrs}>${spans.join("")}</text>`);
      return;
    }
    case "runs": {
      const spans = item.runs.map((r, i) =>
        // A real space between runs keeps the label readable as text; dx adds the rest of the gap.
        i === 0
          ? `<tspan${textAttrs(r.size, r.bold, r.color)}>${xmlEscape(r.text)}</tspan>`
          : `<tspan dx="${n(Math.max(0, (r.gap ?? 0) - r.size * 0.28))}"${textAttrs(r.size, r.bold, r.color)}> ${xmlEscape(r.text)}</tspan>`,
      );
      out.push(
        `<text${item.role ? ` class="${item.role}"` : ""} x="${n(item.x)}" y="${n(item.y)}">${spans.join("")}</text>`,
      );
      return;
    }
    case "group": {
      const opacity = item.opacity < 1 ? ` opacity="${item.opacity}"` : "";
      out.push(`<g class="${item.role}" data-id="${xmlEscape(item.id)}"${opacity}>`);
      for (const child of item.items) render(child, out);
      out.push("</g>");
    }
  }
}

/**
 * A standalone SVG document of the scene: boxes as paths, titles as <text> with one <tspan> per
 * wrapped line (selectable and searchable), one <path class="edge"> per reporting line. No font is
 * fetched: the font stack ends in generic sans-serif.
 */
export function toSvg(scene: ExportScene, options: SvgOptions = {}): string {
  const frame = imageFrame(scene, options);
  const { width, height } = frame;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${xmlEscape(FONT_STACK)}" role="img" aria-labelledby="chart-title">`,
    `<title id="chart-title">${xmlEscape(scene.title)}</title>`,
    `<style>text{font-family:${FONT_STACK};white-space:pre}</style>`,
  ];
  if ((options.background ?? "white") === "white") {
    out.push(
      `<rect class="background" width="${width}" height="${height}" fill="${scene.theme.paper}"/>`,
    );
  }
  const moved = frame.dx !== 0 || frame.dy !== 0;
  if (moved) out.push(`<g transform="translate(${n(frame.dx)} ${n(frame.dy)})">`);
  for (const item of drawItems(scene)) render(item, out);
  if (moved) out.push("</g>");
  if (frame.legend.length > 0) {
    out.push('<g class="legend">');
    for (const item of frame.legend) render(item, out);
    out.push("</g>");
  }
  out.push("</svg>");
  return out.join("\n");
}
