import fs from "node:fs";
import { createRequire } from "node:module";
import type { Plugin } from "vite";
import { OCR_ASSETS } from "../../src/convert/ocr-assets.ts";

const require = createRequire(import.meta.url);

/** The file in node_modules behind an `ocr/…` path of the site. */
function sourceOf(asset: string): string {
  return require.resolve(OCR_ASSETS[asset]!);
}

/**
 * Serves tesseract.js's worker, WebAssembly cores and the trained data from the app's own
 * origin: copied into the build under `ocr/`, and answered by the dev server from node_modules.
 * They are fetched only when someone opens a scan or an image.
 */
export function ocrAssetsPlugin(): Plugin {
  let base = "/";
  return {
    name: "org-atlas:ocr-assets",
    configResolved(config) {
      base = config.base;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? "").split("?")[0]!;
        const asset = path.startsWith(base) ? path.slice(base.length) : null;
        if (asset === null || !(asset in OCR_ASSETS)) return next();
        res.setHeader(
          "content-type",
          asset.endsWith(".js") ? "text/javascript" : "application/octet-stream",
        );
        fs.createReadStream(sourceOf(asset)).pipe(res);
      });
    },
    generateBundle() {
      for (const fileName of Object.keys(OCR_ASSETS)) {
        this.emitFile({ type: "asset", fileName, source: fs.readFileSync(sourceOf(fileName)) });
      }
    },
  };
}
