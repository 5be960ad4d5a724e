/**
 * The d3-org-chart side of the chart benchmark: a plain page that draws the org with
 * d3-org-chart 3.1.1 (and d3 from node_modules), served by the same bare static server as the app.
 */
import path from "node:path";
import { ROOT } from "../test/e2e/server.ts";
import { startStaticServer } from "./lib/static-server.ts";

const D3_SCRIPTS = [
  "d3-dispatch/dist/d3-dispatch.min.js",
  "d3-selection/dist/d3-selection.min.js",
  "d3-array/dist/d3-array.min.js",
  "d3-hierarchy/dist/d3-hierarchy.min.js",
  "d3-color/dist/d3-color.min.js",
  "d3-interpolate/dist/d3-interpolate.min.js",
  "d3-ease/dist/d3-ease.min.js",
  "d3-timer/dist/d3-timer.min.js",
  "d3-transition/dist/d3-transition.min.js",
  "d3-drag/dist/d3-drag.min.js",
  "d3-zoom/dist/d3-zoom.min.js",
  "d3-path/dist/d3-path.min.js",
  "d3-shape/dist/d3-shape.min.js",
  "d3-flextree/build/d3-flextree.js",
  "d3-org-chart/build/d3-org-chart.js",
];

/** CSS selector of one drawn box in the d3 page. */
export const D3_BOX = "g.node";

// Its fastest configuration: `duration(0)`, so boxes neither fly out from the root nor fade in.
// The rows are exactly the boxes the app's default view shows, all expanded.
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><style>html,body,#chart{margin:0;height:100%}</style></head>
<body><div id="chart"></div>${D3_SCRIPTS.map((s) => `<script src="/nm/${s}"></script>`).join("")}
<script>
fetch("/rows.json").then(r => r.json()).then(({ rows }) => {
  new d3.OrgChart().container("#chart").data(rows).duration(0).nodeWidth(() => 240).nodeHeight(() => 92)
    .initialExpandLevel(1000)
    .nodeContent(d => '<div style="border:1px solid #999;height:92px;padding:8px;font:14px sans-serif">' + d.data.title + '</div>')
    .render();
});
</script></body></html>`;

export interface D3Server {
  url: string;
  setRows: (json: string) => void;
  stop: () => void;
}

/** The d3-org-chart page, the graph rows and d3 from node_modules, on the benchmark's server. */
export async function startD3Server(): Promise<D3Server> {
  let rows = "[]";
  const server = await startStaticServer({ "/nm/": path.join(ROOT, "node_modules") }, (url) => {
    if (url === "/") return { type: "text/html", body: PAGE };
    if (url === "/rows.json") return { type: "application/json", body: rows };
    return null;
  });
  return { url: server.url, setRows: (j) => (rows = j), stop: server.stop };
}
