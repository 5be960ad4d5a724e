import { build } from "vite";

/**
 * Builds one of the page's inline scripts (src/app/*.boot.ts) into a single self-contained
 * script: the modules it imports are the app's own, so the page's head and first-view scripts
 * cannot drift from the code they stand in for. `base` is the app's base URL.
 */
export async function bundleInlineScript(entry: string, base: string): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: "silent",
    define: { __ATLAS_BASE__: JSON.stringify(base) },
    build: {
      write: false,
      minify: true,
      target: "es2022",
      lib: { entry, formats: ["iife"], name: "atlasBoot", fileName: () => "boot.js" },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  for (const result of results) {
    if (!("output" in result)) continue;
    const chunk = result.output.find((o) => o.type === "chunk");
    if (chunk && chunk.type === "chunk") return chunk.code.trim();
  }
  throw new Error(`could not build ${entry}`);
}
