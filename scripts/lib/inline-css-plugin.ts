import { createHash } from "node:crypto";
import type { Plugin } from "vite";

/**
 * In the built index.html, the stylesheets the page starts with become `<style>` elements,
 * allowed by their hashes in the Content-Security-Policy (which allows no other inline style):
 * the prerendered first view is painted without waiting for a request. Stylesheets of code
 * loaded later stay files.
 */
export function inlineStartupCss(): Plugin {
  let base = "/";
  return {
    name: "org-atlas:inline-startup-css",
    apply: "build",
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      // After Vite has linked the stylesheets.
      order: "post",
      handler(html, ctx) {
        const assets = Object.values(ctx.bundle ?? {});
        const hashes: string[] = [];
        const page = html.replace(
          /<link rel="stylesheet"(?: crossorigin)? href="([^"]+)"\s*\/?>/g,
          (tag, href: string) => {
            const asset = assets.find((a) => `${base}${a.fileName}` === href);
            if (asset?.type !== "asset") return tag;
            const css =
              typeof asset.source === "string"
                ? asset.source
                : new TextDecoder().decode(asset.source);
            if (/<\/style/i.test(css)) return tag;
            hashes.push(`'sha256-${createHash("sha256").update(css).digest("base64")}'`);
            return `<style>${css}</style>`;
          },
        );
        if (hashes.length === 0) return html;
        return page.replace("style-src 'self'", `style-src 'self' ${hashes.join(" ")}`);
      },
    },
  };
}
