import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { createMyDocuments } from "../../src/import/my-documents.ts";
import { createAtlasStore } from "../../src/store/atlas-store.ts";
import type { ImportClient, NamedFile } from "../../src/worker/import-client.ts";
import type { ImportOutcome } from "../../src/convert/import-session.ts";
import { runImport } from "../../src/convert/import-session.ts";
import { seedLike } from "../support.ts";

const IMPORT = new URL("../fixtures/import/", import.meta.url);

/** The worker's session, run here: the same code without a Worker. */
function inlineClient(hold?: Promise<void>): ImportClient {
  return {
    run(files: NamedFile[], kept, onProgress) {
      const controller = new AbortController();
      const outcome: Promise<ImportOutcome> = (async () => {
        await hold;
        return runImport({
          files: files.map(({ name, file }) => ({
            name,
            size: file.size,
            bytes: async () => new Uint8Array(await file.arrayBuffer()),
          })),
          kept,
          signal: controller.signal,
          onProgress,
        });
      })();
      return { outcome, cancel: () => controller.abort() };
    },
  };
}

const named = (path: string): NamedFile => ({
  name: path.split("/").pop()!,
  file: new File([readFileSync(new URL(path, IMPORT))], path.split("/").pop()!),
});

function setup(client: ImportClient = inlineClient()) {
  const store = createAtlasStore();
  const loadBuiltIn = vi.fn(async () => store.getState().installGraph(seedLike()));
  const documents = createMyDocuments(store, { loadBuiltIn, makeClient: async () => client });
  return { store, documents, loadBuiltIn };
}

afterEach(async () => {
  await setup().documents.remove();
});

describe("one's own documents in the app", () => {
  it("charts opened files, keeps them, and shows them again on another page", async () => {
    const { store, documents } = setup();
    await documents.open([named("docx/cra-manager-domestic-collections.docx")]);
    const s = store.getState();
    expect(s.chartSource).toBe("local");
    expect(s.importStatus).toMatchObject({ phase: "done", count: 1, read: 1, unchanged: false });
    expect(s.keptDocuments).toMatchObject({ files: 1, storage: "kept" });
    const titles = [...s.index!.byId.values()].map((n) => n.title);
    expect(titles).toContain("Manager, Domestic Collections");

    // Another page (a reload): the chart and its texts come from IndexedDB.
    const later = setup();
    await later.documents.showLocal();
    const again = later.store.getState();
    expect(again.chartSource).toBe("local");
    expect(again.index!.graph.nodes.map((n) => n.title)).toEqual(
      s.index!.graph.nodes.map((n) => n.title),
    );
    const doc = again.index!.graph.documents[0]!;
    const text = await again.textSource!(doc);
    expect(text.length).toBe(doc.textLength);
  });

  it("adds files to the kept ones, and removing them brings back the built-in chart", async () => {
    const { store, documents, loadBuiltIn } = setup();
    await documents.open([named("docx/cra-manager-domestic-collections.docx")]);
    await documents.open([named("pdf/cra-director-collections-operations.pdf")]);
    expect(store.getState().keptDocuments?.files).toBe(2);
    await documents.remove();
    expect(loadBuiltIn).toHaveBeenCalled();
    expect(store.getState().chartSource).toBe("built-in");
    expect(store.getState().keptDocuments).toBeNull();
    const elsewhere = setup();
    await elsewhere.documents.showLocal();
    expect(elsewhere.store.getState().localMissing).toBe(true);
  });

  it("leaves the chart as it was when no file describes a position, or when cancelled", async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { store, documents } = setup(inlineClient(held));
    store.getState().installGraph(seedLike());
    const before = store.getState().index;
    const running = documents.open([named("docx/cra-manager-domestic-collections.docx")]);
    documents.cancel();
    release();
    await running;
    expect(store.getState().importStatus).toEqual({ phase: "cancelled" });
    expect(store.getState().index).toBe(before);

    const other = setup();
    other.store.getState().installGraph(seedLike());
    await other.documents.open([named("bad/legacy-word.doc")]);
    expect(other.store.getState().importStatus).toMatchObject({
      phase: "done",
      unchanged: true,
      problems: [{ file: "legacy-word.doc", code: "legacy-word" }],
    });
    expect(other.store.getState().chartSource).toBe("built-in");
  });
});
