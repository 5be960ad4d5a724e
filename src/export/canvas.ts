import type { Box } from "../core/layout/types.ts";
import type { DrawItem, Paint, PathOp } from "./draw-items.ts";
import { FONT_STACK, meets } from "./draw-items.ts";

/** The 2D context of an HTML canvas or an OffscreenCanvas. */
export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

function trace(ctx: Context2D, ops: readonly PathOp[]): void {
  ctx.beginPath();
  for (const op of ops) {
    if (op[0] === "M") ctx.moveTo(op[1], op[2]);
    else if (op[0] === "L") ctx.lineTo(op[1], op[2]);
    else if (op[0] === "C") ctx.bezierCurveTo(op[1], op[2], op[3], op[4], op[5], op[6]);
    else ctx.closePath();
  }
}

function paint(ctx: Context2D, p: Paint): void {
  if (p.fill) {
    ctx.fillStyle = p.fill;
    ctx.fill();
  }
  if (p.stroke) {
    ctx.strokeStyle = p.stroke;
    ctx.lineWidth = p.lineWidth ?? 1;
    ctx.setLineDash(p.dash ? [...p.dash] : []);
    ctx.stroke();
  }
}

const font = (size: number, bold: boolean) => `${bold ? "600 " : ""}${size}px ${FONT_STACK}`;

function draw(ctx: Context2D, item: DrawItem, view: Box): void {
  switch (item.type) {
    case "path":
      trace(ctx, item.ops);
      paint(ctx, item.paint);
      return;
    case "text":
      ctx.font = font(item.size, item.bold);
      ctx.fillStyle = item.color;
      ctx.textAlign = item.anchor === "end" ? "right" : "left";
      item.lines.forEach((line, i) => ctx.fillText(line, item.x, item.y + i * item.lineHeight));
      return;
    case "runs": {
      ctx.textAlign = "left";
      let x = item.x;
      item.runs.forEach((r, i) => {
        if (i > 0) x += r.gap ?? 0;
        ctx.font = font(r.size, r.bold);
        ctx.fillStyle = r.color;
        ctx.fillText(r.text, x, item.y);
        x += ctx.measureText(r.text).width;
      });
      return;
    }
    case "group":
      if (!meets(item.bounds, view)) return;
      ctx.save();
      ctx.globalAlpha *= item.opacity;
      for (const child of item.items) draw(ctx, child, view);
      ctx.restore();
  }
}

/**
 * Draws items onto a canvas: the part of the scene in `view` (scene px), at `scale` pixels per
 * scene px. Groups outside the view are skipped, so a tile costs only what it shows.
 */
export function paintItems(
  ctx: Context2D,
  items: readonly DrawItem[],
  view: Box,
  scale: number,
): void {
  ctx.save();
  ctx.scale(scale, scale);
  ctx.translate(-view.x, -view.y);
  ctx.textBaseline = "alphabetic";
  ctx.lineJoin = "round";
  for (const item of items) draw(ctx, item, view);
  ctx.restore();
}
