import { documentTextPath } from "./document-texts.ts";
import type { WholeGraphFile } from "./file-schema.ts";

/**
 * "Download graph": a chart made in the browser, as the files a team commits next to its
 * documents. The zip holds one folder with graph.json and documents/<id>.txt (as the prebuild
 * writes them beside the app), sources.json (each document's original file and its SHA-256, so
 * the prebuild knows when a committed file is the one this text was read from) and a README.
 * The prebuild reads it back (scripts/lib/graph-package.ts): see docs/import.md.
 */
export const PACKAGE_FOLDER = "org-atlas-graph";
export const PACKAGE_FILE = `${PACKAGE_FOLDER}.zip`;

/** One entry of sources.json. */
export interface PackageSource {
  id: string;
  file: string;
  /** SHA-256 of the original file (hex); "" when it was not read (too large). */
  sha256: string;
  bytes: number;
}

export interface PackageSources {
  version: 1;
  documents: PackageSource[];
}

const README = `Org Atlas: the chart of your own documents
==========================================

This folder holds a chart made in Org Atlas from job descriptions read on one computer:

  graph.json         the positions, reporting lines and where each fact was read
  documents/*.txt    each document's text as Org Atlas read it (Word, PDF and scans converted)
  sources.json       the file each text was read from, with its SHA-256 fingerprint

To publish it with your Org Atlas site, put this zip file (${PACKAGE_FILE}) in the documents
folder (seeds/ by default), next to the documents themselves if you keep them there, and run
npm run build. The prebuild uses the text of every document listed here: it reads again only a
committed file that has changed since (or is new), so scans are not read by OCR a second time.

---

Org Atlas : l'organigramme de vos propres documents

Ce dossier contient un organigramme fait dans Org Atlas à partir de descriptions de travail
lues sur un ordinateur. Pour le publier avec votre site Org Atlas, placez ce fichier zip
(${PACKAGE_FILE}) dans le dossier des documents (seeds/ par défaut), à côté des documents
eux-mêmes si vous les y gardez, puis lancez npm run build. Seuls les fichiers modifiés depuis
(ou nouveaux) sont relus; les documents numérisés ne repassent pas par la ROC.
`;

/**
 * The package's files by path, as text, ready to zip.
 *
 * @example zipSync(mapValues(packageFiles(...), strToU8))
 */
export function packageFiles(
  graph: WholeGraphFile,
  texts: ReadonlyMap<string, string>,
  sources: readonly Omit<PackageSource, "id">[],
): Record<string, string> {
  const byFile = new Map(sources.map((s) => [s.file, s]));
  const listed: PackageSources = {
    version: 1,
    documents: graph.documents.map((d) => ({
      id: d.id,
      file: d.file,
      sha256: byFile.get(d.file)?.sha256 ?? "",
      bytes: d.bytes,
    })),
  };
  const files: Record<string, string> = {
    [`${PACKAGE_FOLDER}/README.txt`]: README,
    [`${PACKAGE_FOLDER}/graph.json`]: JSON.stringify(graph, null, 1) + "\n",
    [`${PACKAGE_FOLDER}/sources.json`]: JSON.stringify(listed, null, 1) + "\n",
  };
  for (const doc of graph.documents)
    files[`${PACKAGE_FOLDER}/${documentTextPath(doc)}`] = texts.get(doc.id) ?? "";
  return files;
}
