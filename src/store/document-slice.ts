import type { DocumentTextSource, TextProblem } from "../core/graph/document-texts.ts";
import { DocumentTextError } from "../core/graph/document-texts.ts";
import type { Slice } from "./slice.ts";

/** One document's text as the panel sees it. */
export type TextState =
  | { status: "loading" }
  | { status: "ready"; text: string }
  | { status: "failed"; problem: TextProblem };

export interface DocumentSlice {
  /** Texts asked for so far, by document id; documents nobody opened are not read. */
  texts: Readonly<Record<string, TextState>>;
  /** Where texts come from for the installed graph; null before a graph is installed. */
  textSource: DocumentTextSource | null;
  /** Starts reading the texts not read or being read yet; failures become a state, never a throw. */
  requestTexts: (documentIds: readonly string[]) => void;
}

export const createDocumentSlice: Slice<DocumentSlice> = (set, get) => ({
  texts: {},
  textSource: null,
  requestTexts: (documentIds) => {
    const { index, textSource, texts } = get();
    if (!index || !textSource) return;
    const wanted = documentIds.filter(
      (id) => texts[id] === undefined && index.documentsById.has(id),
    );
    if (wanted.length === 0) return;
    const loading: Record<string, TextState> = {};
    for (const id of wanted) loading[id] = { status: "loading" };
    set({ texts: { ...get().texts, ...loading } });
    // A graph installed meanwhile has its own texts: a late answer must not land in them.
    const source = textSource;
    const settle = (id: string, state: TextState) => {
      if (get().textSource !== source) return;
      set({ texts: { ...get().texts, [id]: state } });
    };
    for (const id of wanted) {
      const doc = index.documentsById.get(id)!;
      textSource(doc).then(
        (text) => settle(id, { status: "ready", text }),
        (error: unknown) =>
          settle(id, {
            status: "failed",
            problem: error instanceof DocumentTextError ? error.problem : "unreachable",
          }),
      );
    }
  },
});
