import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeGeneratedDocuments } from "../../scripts/lib/generated-org.ts";
import { WORKERS_FROM } from "../../scripts/lib/extract-pool.ts";
import { readGraphJson } from "../../scripts/lib/read-graph.ts";
import { extractGraph } from "../../src/core/extract/index.ts";
import { documentTextPath } from "../../src/core/graph/document-texts.ts";
import { decodeGraph, encodeGraph } from "../../src/core/graph/graph-file.ts";
import { fromVersion1 } from "../../src/core/graph/migrations.ts";
import { graphFileSchema } from "../../src/core/graph/parse-graph-file.ts";

/*
 * A folder large enough for the prebuild to read its documents on worker threads, one at a time
 * as they are read from disk, gives the very graph and texts that the extractor gives in one
 * thread on all the files at once.
 */

let tmp = "";
let docs = "";
let documents = 0;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "org-atlas-prebuild-workers-"));
  docs = join(tmp, "docs");
  documents = writeGeneratedDocuments(docs, 1_200);
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function inOneThread() {
  const files = readdirSync(docs).map((file) => ({
    file,
    bytes: new Uint8Array(readFileSync(join(docs, file))),
  }));
  const { graph, texts } = fromVersion1(extractGraph(files));
  return { file: graphFileSchema.parse(encodeGraph(graph)), texts };
}

describe("the prebuild on worker threads", () => {
  it("writes the same graph.json and document texts as the extractor in one thread", async () => {
    expect(documents).toBeGreaterThanOrEqual(WORKERS_FROM);
    const out = join(tmp, "site", "graph.json");
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", "scripts/build-graph.ts", "--seeds", docs, "--out", out],
      { encoding: "utf8", timeout: 120_000 },
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const expected = inOneThread();
    // Written split (graph.json and its details files), it is the same graph once read back.
    const written = await readGraphJson(out, { details: true });
    expect(written.documents).toHaveLength(documents);
    expect(written).toEqual(decodeGraph(JSON.parse(JSON.stringify(expected.file))));
    for (const doc of written.documents) {
      const text = readFileSync(join(tmp, "site", documentTextPath(doc)), "utf8");
      expect(text).toBe(expected.texts.get(doc.id));
    }
  }, 180_000);
});
