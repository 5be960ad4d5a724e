import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import type { SourceFile } from "../../src/core/extract/index.ts";
import { diagnostic } from "../../src/core/extract/messages.ts";
import { documentTextPath, verifiedText } from "../../src/core/graph/document-texts.ts";
import type { GraphDocument } from "../../src/core/graph/model.ts";
import {
  PACKAGE_FILE,
  PACKAGE_FOLDER,
  type PackageSources,
} from "../../src/core/graph/graph-package.ts";
import { parseGraphFile } from "../../src/core/graph/parse-graph-file.ts";
import type { Diagnostic } from "../../src/core/graph/schema.ts";

/** One document of a package: its text as the browser read it, and the file it came from. */
interface PackagedDocument {
  file: string;
  sha256: string;
  bytes: number;
  source: SourceFile;
  /** Text files and files that were not read are simply read again: it costs nothing. */
  reread: boolean;
}

/**
 * A "Download graph" package (src/core/graph/graph-package.ts) found in the documents folder:
 * the texts the browser read (Word, PDF and scans converted, OCR included), reused so the
 * prebuild reads again only what changed.
 */
export interface GraphPackage {
  /** The package's text for a file of the folder when it is the very file it was read from. */
  reuse(file: SourceFile): SourceFile | null;
  /** The files the package holds, each read from its text when the folder has no such file. */
  files: readonly string[];
  /** The package's text for one of its files (a team may not commit the originals). */
  source(file: string): SourceFile | null;
  /** Each document's original size, for the graph (packaged texts carry no bytes). */
  sizes: ReadonlyMap<string, number>;
  problems: Diagnostic[];
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** What the extractor is given for a packaged document: its text, or why it had none. */
function packagedSource(doc: GraphDocument, text: string): SourceFile {
  const sourceFormat = doc.sourceFormat ?? "text";
  return {
    file: doc.file,
    bytes: new Uint8Array(0),
    converted:
      doc.textLength > 0
        ? {
            sourceFormat,
            text,
            notes: [],
            ...(doc.pageStarts ? { pageStarts: doc.pageStarts } : {}),
          }
        : { sourceFormat, problem: doc.reason ?? "It had no text." },
  };
}

function unpack(zip: Uint8Array): {
  documents: GraphDocument[];
  sources: PackageSources;
  texts: Record<string, Uint8Array>;
} {
  const files = unzipSync(zip);
  const text = (path: string) => {
    const entry = files[`${PACKAGE_FOLDER}/${path}`];
    if (!entry) throw new Error(`it has no ${path}`);
    return strFromU8(entry);
  };
  const parsed = parseGraphFile(JSON.parse(text("graph.json")));
  if (!parsed.ok) throw new Error(`its graph.json is not valid: ${parsed.problems[0]}`);
  if (!parsed.file.documents) throw new Error("its graph.json has no documents");
  return {
    documents: parsed.file.documents,
    sources: JSON.parse(text("sources.json")) as PackageSources,
    texts: files,
  };
}

/** Reads `org-atlas-graph.zip` from the documents folder; null when there is none. */
export async function readGraphPackage(folder: string): Promise<GraphPackage | null> {
  let zip: Uint8Array;
  try {
    zip = await readFile(join(folder, PACKAGE_FILE));
  } catch {
    return null;
  }
  const problems: Diagnostic[] = [];
  const documents = new Map<string, PackagedDocument>();
  try {
    const { documents: packaged, sources, texts } = unpack(zip);
    const shaOf = new Map(sources.documents.map((d) => [d.id, d.sha256]));
    for (const doc of packaged) {
      const entry = texts[`${PACKAGE_FOLDER}/${documentTextPath(doc)}`];
      try {
        const text = verifiedText(doc, entry ? strFromU8(entry) : "");
        documents.set(doc.file, {
          file: doc.file,
          sha256: shaOf.get(doc.id) ?? "",
          bytes: doc.bytes,
          source: packagedSource(doc, text),
          reread:
            doc.textLength === 0 || doc.sourceFormat === "markdown" || doc.sourceFormat === "text",
        });
      } catch {
        problems.push(
          diagnostic("read-error", {
            file: `${PACKAGE_FILE}: ${doc.file}`,
            reason: "its text does not match the graph",
          }),
        );
      }
    }
  } catch (error) {
    problems.push(
      diagnostic("unreadable-file", { file: PACKAGE_FILE, reason: (error as Error).message }),
    );
  }
  return {
    reuse(file) {
      const packaged = documents.get(file.file);
      if (!packaged || packaged.reread) return null;
      // A file changed since the package was made is read again.
      return packaged.sha256 === sha256(file.bytes) ? packaged.source : null;
    },
    files: [...documents.keys()],
    source: (file) => documents.get(file)?.source ?? null,
    sizes: new Map([...documents.values()].map((d) => [d.file, d.bytes])),
    problems,
  };
}
