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
import { useSourceNav } from "./useSourceNav.ts";
import "./panel.css";

/** The selected position's full description beside the chart. */
export function DetailPanel({ onClose }: { onClose: (id: string | null) => void }) {
  const index = useAtlas(selectIndex);
  const selectedId = useAtlas(selectSelectedId);
  const details = useMemo(
    () => (index && selectedId ? positionDetails(index, selectedId) : null),
    [index, selectedId],
  );
  if (!details || !index) return null;
  return <PositionPanel details={details} index={index} onClose={onClose} />;
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
}: {
  details: PositionDetails;
  index: GraphIndex;
  onClose: (id: string | null) => void;
}) {
  const t = useT();
  const { node } = details;
  const texts = useDocumentTexts(details.quotedDocumentIds, node.id);
  const go = useGoToPosition(node.id);
  const { nav, showSource, toggleSourceDoc } = useSourceNav(index, details);
  const show = (source: Parameters<typeof showSource>[0]) => void showSource(source);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    event.stopPropagation();
    onClose(node.id);
  };
  const docs = { details, texts, nav };
  const sources = { details, index, texts, onShow: show };
  return (
    <aside className="panel" aria-label={t("panel.label")} onKeyDown={onKeyDown}>
      <PanelHeader node={node} onClose={() => onClose(node.id)} />
      <FactsTable details={details} />
      <DimensionsTable node={node} />
      <ReportingLines details={details} onGo={go} />
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
    </aside>
  );
}
