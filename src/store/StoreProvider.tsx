import { createContext, useCallback, useContext, useSyncExternalStore } from "react";
import type { ReactNode } from "react";
import type { AtlasState, AtlasStore } from "./atlas-store.ts";

const StoreContext = createContext<AtlasStore | null>(null);

export function StoreProvider({ store, children }: { store: AtlasStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useAtlasStore(): AtlasStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useAtlasStore needs a <StoreProvider>");
  return store;
}

/** The store when inside a <StoreProvider>, else null (for components also shown standalone). */
export function useOptionalAtlasStore(): AtlasStore | null {
  return useContext(StoreContext);
}

/**
 * Subscribes to one narrow slice of the store; pass a module-level selector. Unlike zustand's
 * `useStore`, whose server snapshot is the store's *initial* state, the server snapshot here is
 * the current state: the prerendered first view (first-view.tsx) is rendered from a store that
 * already holds the graph, and the browser hydrates it from a store holding the same.
 */
export function useAtlas<T>(selector: (state: AtlasState) => T): T {
  const store = useAtlasStore();
  const read = useCallback(() => selector(store.getState()), [store, selector]);
  return useSyncExternalStore(store.subscribe, read, read);
}
