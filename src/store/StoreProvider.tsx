import { createContext, useContext } from "react";
import type { ReactNode } from "react";
import { useStore } from "zustand";
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

/** Subscribes to one narrow slice of the store; pass a module-level selector. */
export function useAtlas<T>(selector: (state: AtlasState) => T): T {
  return useStore(useAtlasStore(), selector);
}
