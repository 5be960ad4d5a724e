import { useEffect, useMemo, useRef } from "react";
import type { KeyboardEvent } from "react";
import type { PositionDetails } from "../core/graph/details.ts";
import { positionDetails } from "../core/graph/details.ts";
import type { GraphIndex } from "../core/graph/indexes.ts";
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
 * (and, when the page is idle, those of its manager and reports) as it is selected.
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
    store.getState().requestDetails([selectedId]);
    let cancelled = false;
    whenIdle(() => {
      const { index, requestDetails } = store.getState();
      if (cancelled || !index) return;
      const near = [index.managerOf.get(selectedId), ...(index.childrenOf.get(selectedId) ?? [])];
      requestDetails(near.filter((id) => id !== undefined));
    });
    return () => {
      cancelled = true;
    };
  }, [store, selectedId]);
  return status;
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
