import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { freePort } from "../../test/e2e/server.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};

export interface StaticServer {
  url: string;
  stop: () => void;
}

/**
 * A bare static server for the benchmarks: files as they are on disk, no compression, no caching
 * headers. Both pages the chart benchmark compares are served this way, so neither is helped or
 * slowed by its server. `routes` answers some paths from memory (the generated org's data).
 */
export async function startStaticServer(
  mounts: Record<string, string>,
  routes: (url: string) => { type: string; body: string } | null = () => null,
  /** Sent with every file (e.g. the app's Content-Security-Policy as a header). */
  headers: Record<string, string> = {},
): Promise<StaticServer> {
  const server = http.createServer((req, res) => {
    const url = (req.url ?? "/").split("?")[0]!;
    const routed = routes(url);
    if (routed) return void res.writeHead(200, { "content-type": routed.type }).end(routed.body);
    const prefix = Object.keys(mounts)
      .sort((a, b) => b.length - a.length)
      .find((p) => url.startsWith(p));
    if (prefix === undefined) return void res.writeHead(404).end();
    const root = mounts[prefix]!;
    const rel = url.slice(prefix.length) || "index.html";
    const file = path.join(root, path.normalize(rel));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    fs.readFile(file, (err, data) =>
      err
        ? res.writeHead(404).end()
        : res
            .writeHead(200, {
              ...headers,
              "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
            })
            .end(data),
    );
  });
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${port}/`, stop: () => server.close() };
}
