import { parseLayoutFile } from "../core/layout/precomputed.ts";
import type { PrecomputedLayout } from "../core/layout/precomputed.ts";
import { markStartup } from "../core/marks.ts";
import type { FetchedFile } from "../core/graph/read-graph-file.ts";
import type { DocumentTextSource } from "../core/graph/document-texts.ts";
import {
  DocumentTextError,
  documentTextPath,
  memoryTextSource,
  verifiedText,
} from "../core/graph/document-texts.ts";
import type { AtlasStore } from "../store/atlas-store.ts";
import type { DetailsSource } from "../core/graph/details-loader.ts";
import { DetailsError } from "../core/graph/details-loader.ts";
import type { DetailsRef } from "../core/graph/file-schema.ts";
import type { EarlyRequests } from "./early-requests.ts";
import { fetchFile } from "./head-requests.ts";

/** The precomputed layouts of a layout file: optional, so any failure means none. */
async function readLayouts(file: Promise<FetchedFile>): Promise<PrecomputedLayout[]> {
  try {
    const { ok, text } = await file;
    return ok ? parseLayoutFile(text) : [];
  } catch {
    return [];
  }
}

/**
 * Hands the validated graph to the store; failures become an error state. `onLayouts` receives
 * the prebuild's layouts before the graph is installed, so the first paint can use them.
 */
export async function loadGraphInto(
  store: AtlasStore,
  requests: EarlyRequests,
  onLayouts: (layouts: PrecomputedLayout[]) => void = () => undefined,
): Promise<void> {
  const layouts = readLayouts(requests.layouts);
  const result = await requests.graph;
  markStartup("graph-read");
  if (!result.ok) {
    store.getState().setLoadError(result.error);
    return;
  }
  onLayouts(await layouts);
  const texts = result.texts ? memoryTextSource(result.texts) : fetchedTextSource(requests.base);
  const details = result.details && fetchedDetailsSource(requests.base, result.details);
  store.getState().installGraph(result.graph, texts, details);
  markStartup("graph-installed");
}

/** Each document's text from its own file beside graph.json, checked against the graph. */
export function fetchedTextSource(base: string): DocumentTextSource {
  return async (doc) => {
    let response: Response;
    try {
      response = await fetch(`${base}${documentTextPath(doc)}`);
    } catch {
      throw new DocumentTextError("unreachable");
    }
    if (response.status === 404) throw new DocumentTextError("missing");
    if (!response.ok) throw new DocumentTextError("unreachable");
    return verifiedText(doc, await response.text());
  };
}

/**
 * A split graph's details files beside graph.json. A server that answers a missing file with
 * the app's page (a single-page fallback) is taken at its word: the file is missing.
 */
export function fetchedDetailsSource(base: string, ref: DetailsRef): DetailsSource {
  return {
    ref,
    validators: async () => (await import("./details-validators.ts")).validators,
    fetchJson: async (path) => {
      let response: Response;
      try {
        response = await fetch(`${base}${path}`);
      } catch {
        throw new DetailsError("unreachable", path);
      }
      const html = response.headers.get("content-type")?.includes("text/html") ?? false;
      if (response.status === 404 || (response.ok && html)) throw new DetailsError("missing", path);
      if (!response.ok) throw new DetailsError("unreachable", `${path}: ${response.status}`);
      try {
        return (await response.json()) as unknown;
      } catch {
        throw new DetailsError("invalid", `${path} is not JSON; it may be cut short`);
      }
    },
  };
}

/** The layouts of a layout file at `url` (none when it is missing or not one). */
export function readLayoutsFile(url: string): Promise<PrecomputedLayout[]> {
  return readLayouts(fetchFile(url));
}
