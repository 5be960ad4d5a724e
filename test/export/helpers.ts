import fs from "node:fs";
import path from "node:path";
import { buildIndex } from "../../src/core/graph/indexes.ts";
import type { GraphIndex } from "../../src/core/graph/indexes.ts";
import { chainOfCommand } from "../../src/core/graph/queries.ts";
import { fallbackLayout } from "../../src/core/layout/compute-layout.ts";
import { layoutRequest } from "../../src/core/layout/request.ts";
import type { LayoutResult } from "../../src/core/layout/types.ts";
import type { FontLoader } from "../../src/export/pdf-font.ts";
import type { ExportView } from "../../src/export/types.ts";
import { seedLike } from "../support.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

export interface Fixture {
  ix: GraphIndex;
  layout: LayoutResult;
  view: ExportView;
}

/** The seed-like graph laid out (instant tree layout) for a view. */
export function fixture(
  view: Partial<ExportView> = {},
  ix: GraphIndex = buildIndex(seedLike()),
): Fixture {
  const full: ExportView = { collapsed: new Set(), organization: null, highlight: null, ...view };
  const layout = fallbackLayout(layoutRequest(ix, { ...full, direction: "DOWN" }));
  return { ix, layout, view: full };
}

/** The highlight the store computes for a selection. */
export function highlightOf(ix: GraphIndex, id: string): NonNullable<ExportView["highlight"]> {
  return {
    selectedId: id,
    chain: new Set(chainOfCommand(ix, id)),
    reports: new Set(ix.childrenOf.get(id) ?? []),
  };
}

/** The PDF's font read from node_modules, as the app serves it from its own origin. */
export const nodeFonts: FontLoader = () => {
  const read = (file: string) => {
    const bytes = fs.readFileSync(path.join(ROOT, "node_modules/dejavu-fonts-ttf/ttf", file));
    return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  };
  return Promise.all([read("DejaVuSansCondensed.ttf"), read("DejaVuSansCondensed-Bold.ttf")]).then(
    ([regular, bold]) => ({ regular, bold }),
  );
};
