import { Suspense, lazy, useEffect, useMemo, useRef, useState } from "react";
import { ChartProvider } from "../chart/ChartProvider.tsx";
import { OrgChart, focusBox } from "../chart/OrgChart.tsx";
import { whenIdle } from "../ui-support/schedule.ts";
import { preloadedLazy } from "../ui-support/preloaded-lazy.ts";
import { searchClientOf } from "../worker/search-client.ts";
import type { AtlasStore } from "../store/atlas-store.ts";
import { StoreProvider, useAtlas } from "../store/StoreProvider.tsx";
import {
  selectLayout,
  selectLoadError,
  selectPanelOpen,
  selectPresenting,
  selectStatus,
} from "../store/selectors.ts";
import type { AtlasState } from "../store/atlas-store.ts";
import "./a11y.css";
import { EmptyScreen, ErrorScreen } from "./ErrorScreen.tsx";
import { OutlineTree } from "../outline/OutlineTree.tsx";
import { PresentationLayer } from "../present/PresentationLayer.tsx";
import { AppHeader } from "./AppHeader.tsx";
import { SelectionAnnouncer } from "./SelectionAnnouncer.tsx";
import { useUrlSync } from "./useUrlSync.ts";
import { useDocumentLanguage, useT } from "../ui-support/useT.ts";
import { DropZone } from "../import/DropZone.tsx";
import type { MyDocuments } from "../import/my-documents.ts";
import { MyDocumentsProvider } from "../import/MyDocumentsProvider.tsx";

// The panel (with the document reader) and the dialog are not needed for the first paint: they
// load as separate chunks, fetched when the main thread is idle after the chart is drawn.
const Panel = preloadedLazy(() => import("../panel/DetailPanel.tsx").then((m) => m.DetailPanel));
const Shortcuts = preloadedLazy(() =>
  import("./ShortcutsDialog.tsx").then((m) => m.ShortcutsDialog),
);
// The bars and screen about one's own documents appear only once some are opened.
const ImportBars = lazy(() => import("../import/ImportBars.tsx"));
const LocalChartMissing = lazy(() =>
  import("../import/LocalChartMissing.tsx").then((m) => ({ default: m.LocalChartMissing })),
);
const DetailPanel = Panel.Component;
const ShortcutsDialog = Shortcuts.Component;

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === "INPUT" || el.tagName === "SELECT" || el.tagName === "TEXTAREA");
}

/**
 * Closes the panel and returns focus to where it was opened from: the outline's row when the
 * outline opened it and is still shown, else the box it described.
 */
function closePanelFor(store: AtlasStore, id: string | null): void {
  store.getState().closePanel();
  if (id === null) return;
  requestAnimationFrame(() => {
    const row = document.querySelector<HTMLElement>(
      `.outline [role="treeitem"][data-id="${CSS.escape(id)}"]`,
    );
    if (row && openedFromOutline) row.focus();
    else focusBox(id);
    openedFromOutline = false;
  });
}

/** Focuses the panel's title once the (lazily loaded) panel has rendered it. */
function focusPanelTitle(tries = 30): void {
  requestAnimationFrame(() => {
    const title = document.getElementById("panel-title");
    if (title) title.focus();
    else if (tries > 0) focusPanelTitle(tries - 1);
  });
}

/** Where the phone layout (phone.css) applies. */
const PHONE = "(max-width: 760px)";
const selectLocalMissing = (s: AtlasState) => s.localMissing;
const selectImportShown = (s: AtlasState) => s.chartSource === "local" || s.importStatus !== null;

// Set when Enter in the outline opens the panel; module state, as there is one panel per page.
let openedFromOutline = false;

function Atlas({ store, documents }: { store: AtlasStore; documents: MyDocuments | null }) {
  const status = useAtlas(selectStatus);
  const localMissing = useAtlas(selectLocalMissing);
  const importShown = useAtlas(selectImportShown);
  const loadError = useAtlas(selectLoadError);
  const panelOpen = useAtlas(selectPanelOpen);
  const layout = useAtlas(selectLayout);
  const presenting = useAtlas(selectPresenting);
  const [shortcuts, setShortcuts] = useState(false);
  // Whether the outline is shown is a layout choice of this screen, not chart state.
  const [outline, setOutline] = useState(false);
  // On a phone the tools fold into a menu (see AppHeader); open or not is this screen's state.
  const [menuOpen, setMenuOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  useUrlSync(store, status === "ready", documents);
  useDocumentLanguage();
  const t = useT();
  useEffect(() => {
    if (status === "ready") {
      // The search index is built in its worker, so it is ready before anyone types.
      whenIdle(
        () =>
          void Panel.preload()
            .then(Shortcuts.preload)
            .then(() => {
              const { index } = store.getState();
              if (index) searchClientOf(index);
              void documents?.refreshKept();
            }),
      );
    }
  }, [status, store, documents]);

  // On a phone the panel is a sheet over half the screen: a tapped box's details take focus,
  // so a screen reader reads them and the sheet's close button is the next stop.
  useEffect(() => {
    if (panelOpen && window.matchMedia?.(PHONE).matches) focusPanelTitle();
  }, [panelOpen]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === "/") {
        event.preventDefault();
        // On a phone the search box is in the folded menu: open it first.
        const input = searchRef.current;
        if (input && input.offsetParent !== null) input.focus();
        else {
          setMenuOpen(true);
          requestAnimationFrame(() => searchRef.current?.focus());
        }
      } else if (event.key === "?") {
        event.preventDefault();
        setShortcuts(true);
      } else if (event.key === "Escape" && store.getState().selectedId !== null) {
        // With the panel open this closes it; after arrow-key moves it ends the highlight.
        closePanelFor(store, store.getState().selectedId);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  if (localMissing) {
    return (
      <Suspense fallback={null}>
        <LocalChartMissing />
      </Suspense>
    );
  }
  if (status === "error" && loadError) return <ErrorScreen error={loadError} />;
  if (status === "empty") return <EmptyScreen />;
  return (
    <div className={`app${presenting ? " app--presenting" : ""}`}>
      <AppHeader
        menuOpen={menuOpen}
        onMenu={setMenuOpen}
        searchRef={searchRef}
        onShowShortcuts={() => setShortcuts(true)}
        outlineOpen={outline}
        onToggleOutline={() => setOutline((o) => !o)}
      />
      {importShown && (
        <Suspense fallback={null}>
          <ImportBars />
        </Suspense>
      )}
      <div
        className={`app__body${panelOpen ? " app__body--panel" : ""}${outline ? " app__body--outline" : ""}`}
      >
        {outline && status === "ready" && (
          <OutlineTree
            onOpen={() => {
              openedFromOutline = true;
              focusPanelTitle();
            }}
          />
        )}
        <main className="app__chart" aria-busy={status === "loading" || !layout}>
          {status === "loading" || !layout ? <p className="loading">{t("app.loading")}</p> : null}
          <OrgChart />
        </main>
        <Suspense fallback={null}>
          {panelOpen && <DetailPanel onClose={(id) => closePanelFor(store, id)} />}
        </Suspense>
      </div>
      {/* After the chart, so its camera moves run after the chart's own centring. */}
      <PresentationLayer />
      <SelectionAnnouncer />
      <DropZone />
      <Suspense fallback={null}>
        {shortcuts && <ShortcutsDialog onClose={() => setShortcuts(false)} />}
      </Suspense>
    </div>
  );
}

/**
 * The screens around one store (main.tsx keeps its layout in step; see startLayoutSync), and what
 * the page can do with a person's own documents (none when the first view is prerendered).
 */
export function App({
  store,
  documents = null,
}: {
  store: AtlasStore;
  documents?: MyDocuments | null;
}) {
  const provider = useMemo(() => store, [store]);
  return (
    <StoreProvider store={provider}>
      <MyDocumentsProvider documents={documents}>
        <ChartProvider>
          <Atlas store={store} documents={documents} />
        </ChartProvider>
      </MyDocumentsProvider>
    </StoreProvider>
  );
}
