import { readLayoutFile } from "../core/layout/precomputed.ts";
import type { PrecomputedLayout } from "../core/layout/precomputed.ts";
import type { AtlasStore } from "../store/atlas-store.ts";
import type { EarlyRequests, FetchedFile } from "./early-requests.ts";
import { markStartup } from "../core/marks.ts";

/** The precomputed layouts in layout.json; the file is optional, so any failure means none. */
async function readLayouts(file: Promise<FetchedFile>): Promise<PrecomputedLayout[]> {
  try {
    const { ok, text } = await file;
    return ok ? readLayoutFile(JSON.parse(text)) : [];
  } catch {
    return [];
  }
}

/**
 * Hands graph.json to the store; failures become an error state. `onLayouts` receives the
 * prebuild's layouts before the graph is installed, so the first paint can use them.
 */
export async function loadGraphInto(
  store: AtlasStore,
  requests: EarlyRequests,
  onLayouts: (layouts: PrecomputedLayout[]) => void = () => undefined,
): Promise<void> {
  const { loadGraph, setLoadError } = store.getState();
  const layouts = readLayouts(requests.layouts);
  let file: FetchedFile;
  try {
    file = await requests.graph;
  } catch (error) {
    setLoadError({ summary: `graph.json could not be fetched (${String(error)}).`, problems: [] });
    return;
  }
  if (!file.ok) {
    setLoadError({
      summary: `graph.json could not be loaded: the server answered ${file.status} ${file.statusText}.`,
      problems: [],
    });
    return;
  }
  let data: unknown;
  try {
    data = JSON.parse(file.text);
  } catch (error) {
    setLoadError({
      summary: "graph.json is not valid JSON; the file may be cut short or corrupt.",
      problems: [String(error instanceof Error ? error.message : error)],
    });
    return;
  }
  markStartup("graph-parsed");
  onLayouts(await layouts);
  loadGraph(data);
  markStartup("graph-installed");
}
