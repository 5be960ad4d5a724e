import { ReactFlowProvider } from "@xyflow/react";
import { useEffect, useMemo, useRef, useState } from "react";
import { OrgChart, focusBox } from "../chart/OrgChart.tsx";
import { DetailPanel } from "../panel/DetailPanel.tsx";
import type { AtlasStore } from "../store/atlas-store.ts";
import { StoreProvider, useAtlas } from "../store/StoreProvider.tsx";
import {
  selectLayout,
  selectLoadError,
  selectPanelOpen,
  selectStatus,
} from "../store/selectors.ts";
import type { LayoutClient } from "../worker/layout-client.ts";
import { EmptyScreen, ErrorScreen } from "./ErrorScreen.tsx";
import { ShortcutsDialog } from "./ShortcutsDialog.tsx";
import { Toolbar } from "./Toolbar.tsx";
import { useLayoutSync } from "./useLayoutSync.ts";
import { useUrlSync } from "./useUrlSync.ts";

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === "INPUT" || el.tagName === "SELECT" || el.tagName === "TEXTAREA");
}

/** Closes the panel and returns focus to the box it described. */
function closePanelFor(store: AtlasStore, id: string | null): void {
  store.getState().closePanel();
  if (id !== null) requestAnimationFrame(() => focusBox(id));
}

function Atlas({ store }: { store: AtlasStore }) {
  const status = useAtlas(selectStatus);
  const loadError = useAtlas(selectLoadError);
  const panelOpen = useAtlas(selectPanelOpen);
  const layout = useAtlas(selectLayout);
  const [shortcuts, setShortcuts] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  useUrlSync(store, status === "ready");

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === "/") {
        event.preventDefault();
        searchRef.current?.focus();
      } else if (event.key === "?") {
        event.preventDefault();
        setShortcuts(true);
      } else if (event.key === "Escape" && store.getState().panelOpen) {
        closePanelFor(store, store.getState().selectedId);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  if (status === "error" && loadError) return <ErrorScreen error={loadError} />;
  if (status === "empty") return <EmptyScreen />;
  return (
    <div className="app">
      <header className="app__header">
        <h1>
          Org Atlas{" "}
          <span className="app__subtitle">
            Government of Canada positions from job descriptions
          </span>
        </h1>
        <Toolbar searchRef={searchRef} onShowShortcuts={() => setShortcuts(true)} />
      </header>
      <div className={`app__body${panelOpen ? " app__body--panel" : ""}`}>
        <main className="app__chart" aria-busy={status === "loading" || !layout}>
          {status === "loading" || !layout ? (
            <p className="loading">Loading the org chart…</p>
          ) : null}
          <OrgChart />
        </main>
        {panelOpen && <DetailPanel onClose={(id) => closePanelFor(store, id)} />}
      </div>
      {shortcuts && <ShortcutsDialog onClose={() => setShortcuts(false)} />}
    </div>
  );
}

/** Composition root: one store, one layout client, the URL and the screens. */
export function App({ store, client }: { store: AtlasStore; client: LayoutClient }) {
  useLayoutSync(store, client);
  const provider = useMemo(() => store, [store]);
  return (
    <StoreProvider store={provider}>
      <ReactFlowProvider>
        <Atlas store={store} />
      </ReactFlowProvider>
    </StoreProvider>
  );
}
