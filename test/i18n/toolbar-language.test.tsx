// @vitest-environment jsdom
import { ReactFlowProvider } from "@xyflow/react";
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createRef } from "react";
import { Toolbar } from "../../src/app/Toolbar.tsx";
import { useDocumentLanguage } from "../../src/i18n/useT.ts";
import { createAtlasStore } from "../../src/store/atlas-store.ts";
import { StoreProvider } from "../../src/store/StoreProvider.tsx";
import { seedLike } from "../support.ts";

function DocumentLanguage() {
  useDocumentLanguage();
  return null;
}

afterEach(() => {
  cleanup();
  localStorage.clear();
  document.documentElement.lang = "";
});

describe("language switch", () => {
  it("starts in English and switches the toolbar to French", async () => {
    const store = createAtlasStore();
    store.getState().loadGraph(seedLike());
    render(
      <StoreProvider store={store}>
        <ReactFlowProvider>
          <DocumentLanguage />
          <Toolbar searchRef={createRef()} onShowShortcuts={() => undefined} />
        </ReactFlowProvider>
      </StoreProvider>,
    );
    expect(screen.getByRole("combobox", { name: "Search positions" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("en");
    await userEvent.selectOptions(screen.getByLabelText("Language"), "fr");
    expect(store.getState().language).toBe("fr");
    expect(screen.getByRole("combobox", { name: "Rechercher des postes" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Tout déplier" })).toBeTruthy();
    expect(screen.getByLabelText("Langue")).toBeTruthy();
    expect(document.documentElement.lang).toBe("fr");
    expect(localStorage.getItem("org-atlas:language")).toBe("fr");
  });
});
