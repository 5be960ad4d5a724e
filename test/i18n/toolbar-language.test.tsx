// @vitest-environment jsdom
import { ReactFlowProvider } from "@xyflow/react";
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createRef } from "react";
import { HeaderActions } from "../../src/app/HeaderActions.tsx";
import { Toolbar } from "../../src/app/Toolbar.tsx";
import { useDocumentLanguage } from "../../src/ui-support/useT.ts";
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
    store.getState().installGraph(seedLike());
    render(
      <StoreProvider store={store}>
        <ReactFlowProvider>
          <DocumentLanguage />
          <HeaderActions />
          <Toolbar searchRef={createRef()} onShowShortcuts={() => undefined} />
        </ReactFlowProvider>
      </StoreProvider>,
    );
    expect(screen.getByRole("combobox", { name: "Search positions" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("en");
    const toggle = screen.getByRole("button", { name: "Français" });
    expect(toggle.getAttribute("lang")).toBe("fr");
    await userEvent.click(toggle);
    expect(store.getState().language).toBe("fr");
    expect(screen.getByRole("combobox", { name: "Rechercher des postes" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Tout déplier" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "English" }).getAttribute("lang")).toBe("en");
    // Direction is a pressed/unpressed pair; levels are one-click commands.
    const leftToRight = screen.getByRole("button", { name: "Horizontale" });
    expect(leftToRight.getAttribute("aria-pressed")).toBe("false");
    await userEvent.click(leftToRight);
    expect(store.getState().direction).toBe("RIGHT");
    expect(leftToRight.getAttribute("aria-pressed")).toBe("true");
    await userEvent.click(screen.getByRole("button", { name: "Afficher 1 niveau" }));
    expect(store.getState().collapsed.size).toBeGreaterThan(0);
    expect(document.documentElement.lang).toBe("fr");
    expect(localStorage.getItem("org-atlas:language")).toBe("fr");
  });
});
