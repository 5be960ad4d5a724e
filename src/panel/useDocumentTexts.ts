import { useEffect } from "react";
import { whenIdle } from "../ui-support/schedule.ts";
import type { AtlasState, AtlasStore } from "../store/atlas-store.ts";
import type { TextState } from "../store/document-slice.ts";
import { useAtlas, useAtlasStore } from "../store/StoreProvider.tsx";

const selectTexts = (s: AtlasState) => s.texts;

/**
 * The texts of the documents a panel quotes, read on demand. When the main thread is next idle,
 * the documents of the position's manager and direct reports are read too: they are where a
 * reader goes next, and their panels then open with their text.
 */
export function useDocumentTexts(
  documentIds: readonly string[],
  nodeId: string | null,
): Readonly<Record<string, TextState>> {
  const store = useAtlasStore();
  const texts = useAtlas(selectTexts);
  const key = documentIds.join("\n");
  useEffect(() => {
    if (key === "") return;
    store.getState().requestTexts(key.split("\n"));
  }, [store, key]);
  useEffect(() => {
    if (nodeId === null) return;
    let cancelled = false;
    whenIdle(() => {
      const { index, requestTexts } = store.getState();
      if (cancelled || !index) return;
      const near = [index.managerOf.get(nodeId), ...(index.childrenOf.get(nodeId) ?? [])];
      requestTexts(near.flatMap((id) => (id === undefined ? [] : index.byId.get(id)!.documentIds)));
    });
    return () => {
      cancelled = true;
    };
  }, [store, nodeId]);
  return texts;
}

/** A document's text once it is no longer being read (asking for it if nobody has). */
export function settledText(store: AtlasStore, documentId: string): Promise<TextState> {
  store.getState().requestTexts([documentId]);
  // Not asked for even now: a document this graph does not have.
  if (store.getState().texts[documentId] === undefined)
    return Promise.resolve({ status: "failed", problem: "missing" });
  return new Promise((resolve) => {
    const check = (): boolean => {
      const state = store.getState().texts[documentId];
      if (state?.status !== "ready" && state?.status !== "failed") return false;
      resolve(state);
      return true;
    };
    if (check()) return;
    const stop = store.subscribe(() => {
      if (check()) stop();
    });
  });
}
