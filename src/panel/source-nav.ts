import type { QuoteTarget } from "../core/document/locate.ts";

/** A request to show one quote: `seq` changes on every click, so the same source can be re-shown. */
export interface Reveal extends QuoteTarget {
  seq: number;
}

/** Where the "Show in document" controls have taken the reader, for one selected position. */
export interface SourceNav {
  nodeId: string | null;
  /** The quote to show, in which document. */
  reveal: (Reveal & { documentId: string }) | null;
  /** Source documents (not the position's own) whose full text is open. */
  open: readonly string[];
  /** A polite note when a quote is not where the reader would expect it. */
  message: string;
  /** Reveals so far; it outlives a change of position, so every reveal has a new `seq`. */
  reveals: number;
}

export type SourceNavAction =
  /** The quote was found in its document; `own` when the document is the position's own. */
  | {
      type: "revealed";
      nodeId: string;
      documentId: string;
      own: boolean;
      target: QuoteTarget;
      message: string;
    }
  /** The quote could not be found (or its document not read). */
  | { type: "notFound"; nodeId: string; message: string }
  /** A source document's full text was opened or closed. */
  | { type: "toggled"; nodeId: string; documentId: string; open: boolean };

export const NO_NAV: SourceNav = { nodeId: null, reveal: null, open: [], message: "", reveals: 0 };

/** The navigation of one position: selecting another starts afresh. */
export function navOf(state: SourceNav, nodeId: string): SourceNav {
  return state.nodeId === nodeId ? state : { ...NO_NAV, nodeId, reveals: state.reveals };
}

/** The quote `nav` reveals in document `documentId`, if any. */
export function revealIn(nav: SourceNav, documentId: string): Reveal | null {
  return nav.reveal?.documentId === documentId ? nav.reveal : null;
}

export function sourceNavReducer(state: SourceNav, action: SourceNavAction): SourceNav {
  const nav = navOf(state, action.nodeId);
  switch (action.type) {
    case "notFound":
      return { ...nav, reveal: null, message: action.message };
    case "revealed": {
      const { documentId, own, target, message } = action;
      const reveals = nav.reveals + 1;
      const open = own || nav.open.includes(documentId) ? nav.open : [...nav.open, documentId];
      return { ...nav, reveal: { ...target, seq: reveals, documentId }, open, message, reveals };
    }
    case "toggled": {
      const { documentId, open } = action;
      if (open === nav.open.includes(documentId)) return state;
      return {
        ...nav,
        open: open ? [...nav.open, documentId] : nav.open.filter((d) => d !== documentId),
        // Reopening later should not jump back to an old quote.
        reveal: !open && nav.reveal?.documentId === documentId ? null : nav.reveal,
      };
    }
  }
}
