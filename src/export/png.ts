import { translate } from "../i18n/format.ts";
import { drawItems } from "./paint.ts";
import { paintItems } from "./canvas.ts";
import type { Context2D } from "./canvas.ts";
import { planRaster } from "./raster.ts";
import type { RasterPlan, RasterTile } from "./raster.ts";
import type { ImageFrame } from "./image-frame.ts";
import { imageFrame } from "./image-frame.ts";
import type { ImageShape } from "./options.ts";
import type { ExportResult, ExportScene, Progress } from "./types.ts";

export interface PngOptions {
  /** Pixels per chart px: 1, 2 or 4. */
  scale: number;
  background: "white" | "transparent";
  /** The picture's shape: the chart's own (default), a 16:9 slide or a page. */
  shape?: ImageShape;
  /** Draws the legend under the chart. */
  legend?: boolean;
  /** Canvas limits; the defaults are Chromium's. */
  maxSide?: number;
  maxArea?: number;
}

interface Surface {
  ctx: Context2D;
  toBlob: () => Promise<Blob>;
  release: () => void;
}

/** An OffscreenCanvas where there is one (no DOM needed), else an HTML canvas. */
function surface(width: number, height: number): Surface {
  if (typeof OffscreenCanvas !== "undefined") {
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error(`The browser could not make a ${width} × ${height} px canvas.`);
    return {
      ctx,
      toBlob: () => canvas.convertToBlob({ type: "image/png" }),
      release: () => {
        canvas.width = 0;
        canvas.height = 0;
      },
    };
  }
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error(`The browser could not make a ${width} × ${height} px canvas.`);
  return {
    ctx,
    toBlob: () =>
      new Promise((resolve, reject) =>
        canvas.toBlob(
          (b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))),
          "image/png",
        ),
      ),
    release: () => {
      canvas.width = 0;
      canvas.height = 0;
    },
  };
}

/** Lets the page paint the progress bar between long steps. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function renderTile(
  scene: ExportScene,
  items: ReturnType<typeof drawItems>,
  frame: ImageFrame,
  plan: RasterPlan,
  tile: RasterTile,
  background: PngOptions["background"],
): Promise<Blob> {
  const s = surface(tile.width, tile.height);
  try {
    if (background === "white") {
      s.ctx.fillStyle = scene.theme.paper;
      s.ctx.fillRect(0, 0, tile.width, tile.height);
    }
    const view = {
      x: tile.x / plan.scale,
      y: tile.y / plan.scale,
      width: tile.width / plan.scale,
      height: tile.height / plan.scale,
    };
    // The chart's items are in scene px; the frame places the scene's origin at (dx, dy).
    paintItems(s.ctx, items, { ...view, x: view.x - frame.dx, y: view.y - frame.dy }, plan.scale);
    if (frame.legend.length > 0) paintItems(s.ctx, frame.legend, view, plan.scale);
    return await s.toBlob();
  } finally {
    s.release();
  }
}

/**
 * The scene as a PNG drawn from the layout (not a screenshot). When the image would pass the
 * browser's canvas limits it is scaled down, or split into tiles returned in one .zip; the
 * result's `message` then says which.
 */
export async function toPng(
  scene: ExportScene,
  options: PngOptions,
  onProgress: Progress = () => undefined,
): Promise<ExportResult> {
  const frame = imageFrame(scene, options);
  const plan = planRaster(
    frame.width,
    frame.height,
    options.scale,
    options.maxSide,
    options.maxArea,
    undefined,
    undefined,
    scene.language,
  );
  const lang = scene.language;
  const items = drawItems(scene);
  if (plan.kind !== "tiles") {
    onProgress(0.1, translate(lang, "exportFile.drawing"));
    await breathe();
    const blob = await renderTile(scene, items, frame, plan, plan.tiles[0]!, options.background);
    onProgress(1, translate(lang, "exportFile.done"));
    return { blob, extension: "png", message: plan.message };
  }
  const files: Record<string, Uint8Array> = {};
  const pad = (n: number, of: number) => String(n).padStart(String(of).length, "0");
  // Two tiles in flight: the next one is drawn while the browser encodes the last one, and no
  // more than two tiles' pixels are held at once.
  const inFlight: Array<Promise<void>> = [];
  let done = 0;
  for (const tile of plan.tiles) {
    await breathe();
    const name = `${scene.subject}-row${pad(tile.row + 1, plan.rows)}-col${pad(tile.col + 1, plan.cols)}.png`;
    inFlight.push(
      renderTile(scene, items, frame, plan, tile, options.background)
        .then((blob) => blob.arrayBuffer())
        .then((buffer) => {
          files[name] = new Uint8Array(buffer);
          done += 1;
          onProgress(
            done / (plan.tiles.length + 1),
            translate(lang, "exportFile.drawingImage", { n: done, total: plan.tiles.length }),
          );
        }),
    );
    if (inFlight.length >= 2) await inFlight.shift();
  }
  await Promise.all(inFlight);
  onProgress(plan.tiles.length / (plan.tiles.length + 1), translate(lang, "exportFile.packing"));
  const { zipSync } = await import("fflate");
  // PNG is already compressed: store the images as they are.
  const zip = zipSync(files, { level: 0 });
  onProgress(1, translate(lang, "exportFile.done"));
  return {
    blob: new Blob([zip as BlobPart], { type: "application/zip" }),
    extension: "zip",
    message: plan.message,
  };
}
