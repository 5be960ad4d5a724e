// @vitest-environment jsdom
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { ImportReport } from "../../src/import/ImportReport.tsx";
import { LocalChartMissing } from "../../src/import/LocalChartMissing.tsx";
import type { MyDocuments } from "../../src/import/my-documents.ts";
import { MyDocumentsProvider } from "../../src/import/MyDocumentsProvider.tsx";
import { OpenDocuments } from "../../src/import/OpenDocuments.tsx";
import { SourceBar } from "../../src/import/SourceBar.tsx";
import { createAtlasStore } from "../../src/store/atlas-store.ts";
import { StoreProvider } from "../../src/store/StoreProvider.tsx";

function fakeDocuments(): MyDocuments {
  return {
    open: vi.fn(async () => undefined),
    cancel: vi.fn(),
    showLocal: vi.fn(async () => undefined),
    showBuiltIn: vi.fn(async () => undefined),
    remove: vi.fn(async () => undefined),
    refreshKept: vi.fn(async () => undefined),
    packageContents: vi.fn(async () => ({ graphJson: "{}", texts: new Map(), sources: [] })),
  };
}

function setup(ui: ReactNode) {
  const store = createAtlasStore();
  const documents = fakeDocuments();
  render(
    <StoreProvider store={store}>
      <MyDocumentsProvider documents={documents}>{ui}</MyDocumentsProvider>
    </StoreProvider>,
  );
  return { store, documents };
}

describe("opening documents", () => {
  it("offers files and a folder; chosen files are opened under their names", async () => {
    const user = userEvent.setup();
    const { store, documents } = setup(<OpenDocuments />);
    await user.click(screen.getByRole("button", { name: "Open documents…" }));
    const dialog = screen.getByRole("dialog", { name: "Chart your own job descriptions" });
    expect(within(dialog).getByText(/read on this computer; nothing is uploaded/)).toBeVisible();
    expect(within(dialog).getByRole("button", { name: "Choose a folder…" })).toBeVisible();
    const input = document.querySelector<HTMLInputElement>('input[type="file"][multiple][accept]')!;
    await user.upload(input, [new File(["# A"], "a.md"), new File(["%PDF-"], "b.pdf")]);
    expect(documents.open).toHaveBeenCalledWith(
      [expect.objectContaining({ name: "a.md" }), expect.objectContaining({ name: "b.pdf" })],
      0,
    );
    expect(screen.queryByRole("dialog")).toBeNull();
    act(() => store.getState().setKeptDocuments({ files: 4, savedAt: "", storage: "kept" }));
    expect(screen.getByRole("button", { name: "Add documents…" })).toBeVisible();
  });

  it("shows what is read now and Cancel, then the problems in the reader's language", async () => {
    const user = userEvent.setup();
    const { store, documents } = setup(<ImportReport />);
    act(() =>
      store.getState().setImportStatus({
        phase: "reading",
        ...{ at: 12, count: 40, step: "ocr", page: 3, pages: 5 },
        file: "003_a0d9a25676ab9a92-director-of-operations-scanned-copy.pdf",
      }),
    );
    const region = screen.getByRole("region", { name: "Opening documents" });
    expect(region).toHaveTextContent(
      "Reading 12 of 40: 003_a0d9a25676ab9a92-director…anned-copy.pdf, OCR page 3 of 5",
    );
    expect(within(region).getByRole("progressbar", { name: "Progress" })).toHaveAttribute(
      "max",
      "40",
    );
    await user.click(within(region).getByRole("button", { name: "Cancel" }));
    expect(documents.cancel).toHaveBeenCalled();
    act(() =>
      store.getState().setImportStatus({
        phase: "done",
        ...{ count: 3, read: 2, positions: 7, ignored: 2, unchanged: false },
        problems: [{ file: "old.doc", code: "legacy-word" }],
      }),
    );
    expect(region).toHaveTextContent("Read 2 of 3 files: the chart has 7 positions.");
    expect(
      within(region).getByRole("list", { name: "1 file needs your attention:" }),
    ).toHaveTextContent(
      "old.doc It is an old Word document (.doc). Save it as .docx or PDF and open it again.",
    );
    expect(region).toHaveTextContent(
      "2 files in the folder are not documents and were left alone.",
    );
    act(() => store.getState().setLanguage("fr"));
    expect(screen.getByRole("list")).toHaveTextContent(
      "old.doc C’est un ancien document Word (.doc).",
    );
    await user.click(screen.getByRole("button", { name: "Fermer" }));
    expect(store.getState().importStatus).toBeNull();
  });

  it("says where a local chart came from, warns when it is not kept, and asks before removing", async () => {
    const user = userEvent.setup();
    const { store, documents } = setup(<SourceBar />);
    act(() => {
      store.getState().setChartSource("local");
      store.getState().setKeptDocuments({ files: 40, savedAt: "", storage: "full" });
    });
    const bar = screen.getByRole("region", { name: "Where this chart comes from" });
    expect(bar).toHaveTextContent(
      "Your documents: 40 files, read on this computer; nothing was uploaded.",
    );
    expect(within(bar).getByRole("alert")).toHaveTextContent(/storage is full/);
    await user.click(within(bar).getByRole("button", { name: "Remove my documents" }));
    expect(bar).toHaveTextContent("Remove the 40 documents and their chart from this browser?");
    await user.click(within(bar).getByRole("button", { name: "Keep them" }));
    expect(documents.remove).not.toHaveBeenCalled();
    await user.click(within(bar).getByRole("button", { name: "Remove my documents" }));
    await user.click(within(bar).getByRole("button", { name: "Remove" }));
    expect(documents.remove).toHaveBeenCalled();
    await user.click(within(bar).getByRole("button", { name: "Show the built-in chart" }));
    expect(documents.showBuiltIn).toHaveBeenCalled();
  });

  it("explains a link to documents on another computer, with the ways on", async () => {
    const user = userEvent.setup();
    const { documents } = setup(<LocalChartMissing />);
    expect(
      screen.getByRole("heading", { name: "This link points to documents on another computer" }),
    ).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Show the built-in chart" }));
    expect(documents.showBuiltIn).toHaveBeenCalled();
    expect(screen.getByRole("button", { name: "Open documents…" })).toBeVisible();
  });
});
