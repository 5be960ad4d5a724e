import { buildIndex } from "../../src/core/graph/indexes.ts";
import type { GraphIndex } from "../../src/core/graph/indexes.ts";
import { chainOfCommand } from "../../src/core/graph/queries.ts";
import { fallbackLayout } from "../../src/core/layout/compute-layout.ts";
import { layoutRequest } from "../../src/core/layout/request.ts";
import type { LayoutResult } from "../../src/core/layout/types.ts";
import type { ExportView } from "../../src/export/types.ts";
import { seedLike } from "../support.ts";

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
