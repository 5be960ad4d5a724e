import { useEffect, useMemo, useRef } from "react";
import type { KeyboardEvent } from "react";
import type { PositionDetails } from "../core/graph/details.ts";
import { positionDetails } from "../core/graph/details.ts";
import type { GraphIndex } from "../core/graph/indexes.ts";
import type { AtlasState } from "../store/atlas-store.ts";
import { useAtlas, useAtlasStore } from "../store/StoreProvider.tsx";
import { selectIndex, selectSelectedId } from "../store/selectors.ts";
import { useT } from "../ui-support/useT.ts";
import { DimensionsTable, FactsTable, PanelHeader } from "./PanelFacts.tsx";
import { OwnDocuments, SourceDocuments, sourceDocuments } from "./PanelDocuments.tsx";
import { DiagnosticsList, ReportingLines } from "./PanelRelations.tsx";
import { OtherSources, Provenance } from "./PanelSources.tsx";
import { SameAsList } from "./SameAsList.tsx";
import { useDocumentTexts } from "./useDocumentTexts.ts";
import type { DetailsProblem } from "../core/graph/details-loader.ts";
import { detailsState } from "../store/details-slice.ts";
import { whenIdle } from "../ui-support/schedule.ts";
import { useSourceNav } from "./useSourceNav.ts";
import "./panel.css";

/** The selected position's full description beside the chart. */
export function DetailPanel({ onClose }: { onClose: (id: string | null) => void }) {
  const index = useAtlas(selectIndex);
  const selectedId = useAtlas(selectSelectedId);
  const detailsStatus = usePositionDetailsStatus(selectedId);
  const details = useMemo(
    // The details' status is a dependency: a split graph's details arrive into the same index.
    () => (index && selectedId && detailsStatus ? positionDetails(index, selectedId) : null),
    [index, selectedId, detailsStatus],
  );
  if (!details || !index) return null;
  return <PositionPanel details={details} index={index} onClose={onClose} status={detailsStatus} />;
}

/**
 * "ready", "loading" or "failed:<problem>" for the selected position's details, asking for them
 * as it is selected and then, while the panel shows it, for those of its manager and reports.
 */
function usePositionDetailsStatus(selectedId: string | null): string {
  const store = useAtlasStore();
  const status = useAtlas((s) => {
    if (selectedId === null) return "ready";
    const state = detailsState(s, selectedId);
    return state.status === "failed" ? `failed:${state.problem}` : state.status;
  });
  useEffect(() => {
    if (selectedId === null) return;
    let cancelled = false;
    void store
      .getState()
      .requestDetails([selectedId])
      .then(() => {
        if (!cancelled) readNeighbours(store.getState(), selectedId, () => cancelled);
      });
    return () => {
      cancelled = true;
    };
  }, [store, selectedId]);
  return status;
}

/**
 * Reads the details files of a position's manager and reports, one file at a time, each when
 * the page is idle, until `stop()`: parsing a file is a task of 10-100 ms, and several read at
 * once delayed the next keystroke in the search box by as much.
 */
function readNeighbours(state: AtlasState, id: string, stop: () => boolean): void {
  const { index, detailsLoader } = state;
  if (!index || !detailsLoader) return;
  const near = [index.managerOf.get(id), ...(index.childrenOf.get(id) ?? [])];
  // One position per file not read yet.
  const byFile = new Map<string, string>();
  for (const other of near) {
    if (other === undefined) continue;
    const file = String(detailsLoader.partsFor([other]).at(-1));
    if (state.detailParts[file] === undefined && !byFile.has(file)) byFile.set(file, other);
  }
  const queue = [...byFile.values()];
  const next = () =>
    whenIdle(() => {
      const other = queue.shift();
      if (other !== undefined && !stop()) void state.requestDetails([other]).then(next);
    });
  next();
}

/** Following a relation link selects that position and keeps focus in the panel, on its title. */
function useGoToPosition(selectedId: string): (id: string) => void {
  const store = useAtlasStore();
  // After following a relation link its button is gone; keep focus in the panel, on the new title.
  const focusTitle = useRef(false);
  useEffect(() => {
    if (!focusTitle.current) return;
    focusTitle.current = false;
    document.getElementById("panel-title")?.focus();
  }, [selectedId]);
  return (id: string) => {
    focusTitle.current = true;
    store.getState().select(id, { center: true, openPanel: true });
  };
}

function PositionPanel({
  details,
  index,
  onClose,
  status,
}: {
  details: PositionDetails;
  index: GraphIndex;
  onClose: (id: string | null) => void;
  /** Whether the position's details are in: their sections wait for them. */
  status: string;
}) {
  const t = useT();
  const { node } = details;
  const go = useGoToPosition(node.id);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    event.stopPropagation();
    onClose(node.id);
  };
  return (
    <aside className="panel" aria-label={t("panel.label")} onKeyDown={onKeyDown}>
      <PanelHeader node={node} onClose={() => onClose(node.id)} />
      <FactsTable details={details} />
      <ReportingLines details={details} onGo={go} />
      {status === "ready" ? (
        <PositionSources details={details} index={index} />
      ) : (
        <p className="panel__details-status" role="status">
          {status === "loading"
            ? t("panel.details.loading")
            : t(`panel.details.${status.slice("failed:".length) as DetailsProblem}`)}
        </p>
      )}
    </aside>
  );
}

/** What the details files hold: sizes as stated, other names, diagnostics and every source. */
function PositionSources({ details, index }: { details: PositionDetails; index: GraphIndex }) {
  const { node } = details;
  const texts = useDocumentTexts(details.quotedDocumentIds, node.id);
  const { nav, showSource, toggleSourceDoc } = useSourceNav(index, details);
  const show = (source: Parameters<typeof showSource>[0]) => void showSource(source);
  const docs = { details, texts, nav };
  const sources = { details, index, texts, onShow: show };
  return (
    <>
      <DimensionsTable node={node} />
      <SameAsList
        lines={details.sameAs}
        onShow={(line) =>
          line.source ? show(line.source) : toggleSourceDoc(line.documentId, true)
        }
      />
      <DiagnosticsList diagnostics={details.diagnostics} />
      {details.documents.length > 0 ? <OwnDocuments {...docs} /> : <OtherSources {...sources} />}
      <Provenance {...sources} />
      <SourceDocuments
        {...docs}
        docs={sourceDocuments(details, index)}
        onToggle={toggleSourceDoc}
      />
      <p className="panel__status" role="status">
        {nav.message}
      </p>
    </>
  );
}
