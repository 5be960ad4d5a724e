import { useReducer } from "react";
import { locateQuote } from "../core/document/locate.ts";
import type { QuoteTarget } from "../core/document/locate.ts";
import { readingView } from "../core/document/reading.ts";
import type { NamedSource, PositionDetails } from "../core/graph/details.ts";
import type { GraphIndex } from "../core/graph/indexes.ts";
import type { AtlasStore } from "../store/atlas-store.ts";
import { useAtlasStore } from "../store/StoreProvider.tsx";
import { useT } from "../ui-support/useT.ts";
import { NO_NAV, navOf, sourceNavReducer } from "./source-nav.ts";
import type { SourceNav } from "./source-nav.ts";
import { settledText } from "./useDocumentTexts.ts";

/** Where a quoted source's sentence is in its document, once the text is read; null if nowhere. */
async function findQuote(
  store: AtlasStore,
  index: GraphIndex,
  { documentId, start, end }: NamedSource,
): Promise<QuoteTarget | null> {
  const doc = index.documentsById.get(documentId);
  // A click while the text is still being read goes there once it has arrived.
  const state = await settledText(store, documentId);
  if (!doc || state.status !== "ready") return null;
  const { text } = state;
  return locateQuote(text, readingView({ format: doc.format, text }), text.slice(start, end));
}

export interface SourceNavControls {
  nav: SourceNav;
  /** Takes the reader to a quoted source's sentence in its document. */
  showSource: (source: NamedSource) => Promise<void>;
  /** Opens or closes a source document's full text. */
  toggleSourceDoc: (documentId: string, open: boolean) => void;
}

/** The "Show in document" navigation of the selected position (see source-nav.ts). */
export function useSourceNav(index: GraphIndex, details: PositionDetails): SourceNavControls {
  const store = useAtlasStore();
  const t = useT();
  const [state, dispatch] = useReducer(sourceNavReducer, NO_NAV);
  const nodeId = details.node.id;
  const showSource = async (source: NamedSource) => {
    const target = await findQuote(store, index, source);
    if (!target) {
      dispatch({
        type: "notFound",
        nodeId,
        message: t("panel.quoteNotFound", { file: source.file }),
      });
      return;
    }
    const { documentId } = source;
    dispatch({
      type: "revealed",
      nodeId,
      documentId,
      own: details.documents.some((d) => d.id === documentId),
      target,
      message: target.mode === "raw" ? t("panel.notInReadingView") : "",
    });
  };
  const toggleSourceDoc = (documentId: string, open: boolean) =>
    dispatch({ type: "toggled", nodeId, documentId, open });
  return { nav: navOf(state, nodeId), showSource, toggleSourceDoc };
}
