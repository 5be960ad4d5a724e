import { readFileSync } from "node:fs";
import path from "node:path";
import { extractGraph } from "../../src/core/extract/index.ts";
import { memoryTextSource } from "../../src/core/graph/document-texts.ts";
import type { DocumentTextSource } from "../../src/core/graph/document-texts.ts";
import { fromVersion1 } from "../../src/core/graph/migrations.ts";
import type { OrgGraph } from "../../src/core/graph/model.ts";
import { graphSchema } from "../../src/core/graph/schema.ts";

const CORPUS = path.resolve(import.meta.dirname, "../fixtures/corpus");

/**
 * Real job descriptions of test/fixtures/corpus ("md/<file>" or "ocr/<file>") charted as the
 * prebuild charts them: extracted, validated, and held as the app holds a graph, with their texts.
 */
export function corpusGraph(files: readonly string[]): {
  graph: OrgGraph;
  source: DocumentTextSource;
} {
  const extracted = extractGraph(
    files.map((file) => ({ file, bytes: new Uint8Array(readFileSync(path.join(CORPUS, file))) })),
  );
  const { graph, texts } = fromVersion1(graphSchema.parse(extracted));
  return { graph, source: memoryTextSource(texts) };
}
