import type { AtlasStore } from "../store/atlas-store.ts";

/** Fetches graph.json next to the app and hands it to the store; failures become an error state. */
export async function loadGraphInto(store: AtlasStore, url: string): Promise<void> {
  const { loadGraph, setLoadError } = store.getState();
  let response: Response;
  try {
    response = await fetch(url, { cache: "no-cache" });
  } catch (error) {
    setLoadError({ summary: `graph.json could not be fetched (${String(error)}).`, problems: [] });
    return;
  }
  if (!response.ok) {
    setLoadError({
      summary: `graph.json could not be loaded: the server answered ${response.status} ${response.statusText}.`,
      problems: [],
    });
    return;
  }
  const text = await response.text();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    setLoadError({
      summary: "graph.json is not valid JSON; the file may be cut short or corrupt.",
      problems: [String(error instanceof Error ? error.message : error)],
    });
    return;
  }
  loadGraph(data);
}
