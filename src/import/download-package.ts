import type { WholeGraphFile } from "../core/graph/file-schema.ts";
import { PACKAGE_FILE, packageFiles } from "../core/graph/graph-package.ts";
import { saveFile } from "../ui-support/save-file.ts";
import type { KeptSource } from "../convert/import-session.ts";

/** Zips the chart of one's own documents (fflate loads only now) and saves it; its file name. */
export async function downloadGraphPackage(contents: {
  graphJson: string;
  texts: ReadonlyMap<string, string>;
  sources: readonly KeptSource[];
}): Promise<string> {
  const { strToU8, zipSync } = await import("fflate");
  const graph = JSON.parse(contents.graphJson) as WholeGraphFile;
  const files = packageFiles(
    graph,
    contents.texts,
    contents.sources.map((s) => ({ ...s, bytes: s.size })),
  );
  const zip = zipSync(
    Object.fromEntries(Object.entries(files).map(([path, text]) => [path, strToU8(text)])),
    { level: 6 },
  );
  saveFile(new Blob([zip as Uint8Array<ArrayBuffer>], { type: "application/zip" }), PACKAGE_FILE);
  return PACKAGE_FILE;
}
