/**
 * Browser side of `npm run bench:export`: bundled by scripts/bench-export.ts, it loads a graph and
 * its layout and runs one export with the app's own export functions, timed in the page.
 */
import { buildIndex } from "../src/core/graph/indexes.ts";
import type { OrgGraph } from "../src/core/graph/model.ts";
import type { LayoutResult } from "../src/core/layout/types.ts";
import type { ExportOptions } from "../src/export/export-chart.ts";
import { exportChart } from "../src/export/export-chart.ts";

export interface BenchRun {
  ms: number;
  bytes: number;
  extension: string;
  message: string | null;
  boxes: number;
  width: number;
  height: number;
  progressCalls: number;
}

async function run(size: number, options: ExportOptions): Promise<BenchRun> {
  const [graph, layout] = await Promise.all([
    fetch(`graph-${size}.json`).then((r) => r.json() as Promise<OrgGraph>),
    fetch(`layout-${size}.json`).then((r) => r.json() as Promise<LayoutResult>),
  ]);
  const ix = buildIndex(graph);
  let progressCalls = 0;
  const t0 = performance.now();
  const result = await exportChart(
    {
      ix,
      layout,
      view: { collapsed: new Set(), organization: null, highlight: null },
      scope: { kind: "all" },
    },
    options,
    () => (progressCalls += 1),
  );
  const ms = performance.now() - t0;
  return {
    ms,
    bytes: result.blob.size,
    extension: result.extension,
    message: result.message,
    boxes: result.count,
    width: layout.width,
    height: layout.height,
    progressCalls,
  };
}

(window as unknown as { benchExport: typeof run }).benchExport = run;
