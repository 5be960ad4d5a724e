import validateShape from "virtual:graph-shape-validator";
import type { DocumentTextSource } from "../core/graph/document-texts.ts";
import { DocumentTextError, memoryTextSource, verifiedText } from "../core/graph/document-texts.ts";
import { readGraphFile } from "../core/graph/read-graph-file.ts";
import type { AtlasStore } from "../store/atlas-store.ts";
import type { ImportStatus } from "../store/import-slice.ts";
import type { ImportClient, NamedFile } from "../worker/import-client.ts";
import type { ImportProgress, ImportResult, KeptSource } from "../convert/import-session.ts";
import { rememberChart } from "./chart-choice.ts";

// IndexedDB (through idb-keyval) is touched only by pages that show or open one's own documents.
const keptStore = () => import("./kept-store.ts");

/** What the app can do with a person's own documents (one per page, see MyDocumentsProvider). */
export interface MyDocuments {
  /** Reads files and charts them with the documents already kept; one import at a time. */
  open(files: NamedFile[], ignored?: number): Promise<void>;
  /** Stops the running import; the chart stays as it was. */
  cancel(): void;
  /** Shows the kept chart; says so (localMissing) when this browser has none. */
  showLocal(): Promise<void>;
  /** Shows the chart the site was built with. */
  showBuiltIn(): Promise<void>;
  /** Deletes the kept documents from this browser, and shows the built-in chart. */
  remove(): Promise<void>;
  /** Reads whether this browser keeps a chart (for the menu), without showing it. */
  refreshKept(): Promise<void>;
  /** The current local chart as it would be published (graph, texts, what each came from). */
  packageContents(): Promise<{
    graphJson: string;
    texts: Map<string, string>;
    sources: KeptSource[];
  }>;
}

export interface MyDocumentsOptions {
  /** Installs the built-in chart (graph.json beside the app). */
  loadBuiltIn: () => Promise<void>;
  /** Made on the first import: the worker, pdf.js, mammoth and tesseract.js load only then. */
  makeClient: () => Promise<ImportClient>;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Texts kept in IndexedDB, read all at once when a panel first needs one. */
function keptTextSource(): DocumentTextSource {
  let texts: Promise<Map<string, string>> | null = null;
  return async (doc) => {
    texts ??= keptStore()
      .then((k) => k.loadKeptTexts())
      .catch(() => new Map<string, string>());
    const text = (await texts).get(doc.id);
    if (text === undefined) throw new DocumentTextError("missing");
    return verifiedText(doc, text);
  };
}

function progressStatus(progress: ImportProgress): ImportStatus {
  if (progress.stage === "charting") return { phase: "charting", documents: progress.documents };
  const { step } = progress;
  return {
    phase: "reading",
    at: progress.index + 1,
    count: progress.count,
    file: step.file,
    step: step.step,
    page: step.step === "reading" ? 0 : step.page,
    pages: step.step === "reading" ? 0 : step.pages,
  };
}

/** The app's handling of a person's own documents: import, keep, show, remove. */
export function createMyDocuments(store: AtlasStore, options: MyDocumentsOptions): MyDocuments {
  const s = () => store.getState();
  let client: ImportClient | null = null;
  let cancel: (() => void) | null = null;
  // This session's copy of what is kept: used when storage is blocked, and saves a read.
  let current: { graphJson: string; texts: Map<string, string>; sources: KeptSource[] } | null =
    null;

  const install = async (graphJson: string, texts: DocumentTextSource): Promise<boolean> => {
    const read = await readGraphFile(
      { ok: true, status: 200, statusText: "", text: graphJson },
      validateShape,
    );
    if (!read.ok) {
      s().setLoadError(read.error);
      return false;
    }
    s().setChartSource("local");
    s().installGraph(read.graph, texts);
    rememberChart("local");
    return true;
  };

  const finish = async (outcome: ImportResult, count: number, ignored: number) => {
    const unchanged = outcome.positions === 0;
    if (!unchanged) {
      const texts = new Map(outcome.texts);
      current = { graphJson: outcome.graphJson, texts, sources: outcome.kept };
      await install(outcome.graphJson, memoryTextSource(texts));
      await nextTask();
      const savedAt = new Date().toISOString();
      const storage = await (
        await keptStore()
      ).saveKept(
        { graphJson: outcome.graphJson, files: outcome.kept.length, savedAt },
        outcome.texts,
        outcome.kept,
      );
      s().setKeptDocuments({ files: outcome.kept.length, savedAt, storage });
      // Not kept: the plain address must not promise this chart after the page is closed.
      if (storage !== "kept") rememberChart("built-in");
    }
    s().setImportStatus({
      phase: "done",
      count,
      read: outcome.read,
      positions: outcome.positions,
      problems: outcome.problems,
      ignored,
      unchanged,
    });
  };

  const documents: MyDocuments = {
    async open(files, ignored = 0) {
      if (cancel) return;
      const first = files[0]?.name ?? "";
      s().setImportStatus({
        phase: "reading",
        ...{ at: 1, count: files.length, file: first, step: "reading", page: 0, pages: 0 },
      });
      let stop = false;
      cancel = () => (stop = true);
      try {
        const kept = current?.sources ?? (await (await keptStore()).loadKeptSources());
        client ??= await options.makeClient();
        if (stop) return void s().setImportStatus({ phase: "cancelled" });
        const run = client.run(files, kept, (p) => s().setImportStatus(progressStatus(p)));
        cancel = run.cancel;
        const outcome = await run.outcome;
        if (outcome.cancelled) s().setImportStatus({ phase: "cancelled" });
        else await finish(outcome, files.length, ignored);
      } catch (error) {
        s().setImportStatus({ phase: "failed", reason: String(error) });
      } finally {
        cancel = null;
      }
    },
    cancel: () => cancel?.(),
    async showLocal() {
      const chart = await (await keptStore()).loadKeptChart();
      if (!chart) {
        s().setLocalMissing(true);
        return;
      }
      s().setKeptDocuments({ files: chart.files, savedAt: chart.savedAt, storage: "kept" });
      await install(chart.graphJson, keptTextSource());
    },
    async showBuiltIn() {
      await options.loadBuiltIn();
      s().setChartSource("built-in");
      rememberChart("built-in");
    },
    async remove() {
      await (await keptStore()).removeKept();
      current = null;
      s().setKeptDocuments(null);
      s().setImportStatus(null);
      if (s().chartSource === "local" || s().localMissing) await documents.showBuiltIn();
    },
    async refreshKept() {
      const kept = await keptStore();
      if (s().keptDocuments || !(await kept.mayHaveKept())) return;
      const chart = await kept.loadKeptChart();
      if (chart && !s().keptDocuments)
        s().setKeptDocuments({ files: chart.files, savedAt: chart.savedAt, storage: "kept" });
    },
    async packageContents() {
      if (current) return current;
      const kept = await keptStore();
      const chart = await kept.loadKeptChart();
      if (!chart) throw new Error("no documents are kept in this browser");
      const [texts, sources] = await Promise.all([kept.loadKeptTexts(), kept.loadKeptSources()]);
      return { graphJson: chart.graphJson, texts, sources };
    },
  };
  return documents;
}
