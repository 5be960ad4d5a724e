// @vitest-environment jsdom
import { ReactFlowProvider } from "@xyflow/react";
import { act, cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createRef } from "react";
import { HeaderActions } from "../../src/app/HeaderActions.tsx";
import { ThemeSelect } from "../../src/app/ThemeSelect.tsx";
import { Toolbar } from "../../src/app/Toolbar.tsx";
import { PresentationLayer } from "../../src/present/PresentationLayer.tsx";
import { createAtlasStore } from "../../src/store/atlas-store.ts";
import { StoreProvider } from "../../src/store/StoreProvider.tsx";
import { THEME_STORAGE_KEY } from "../../src/theme/theme.ts";
import { seedLike } from "../support.ts";

function setup() {
  const store = createAtlasStore();
  store.getState().installGraph(seedLike());
  // The seed-like graph opens on its top levels (readable at 1,366 x 768); these tests use all.
  store.getState().expandAll();
  render(
    <StoreProvider store={store}>
      <ReactFlowProvider>
        <Toolbar searchRef={createRef()} onShowShortcuts={() => undefined} />
        <HeaderActions />
        <PresentationLayer />
      </ReactFlowProvider>
    </StoreProvider>,
  );
  return store;
}

const caption = () => screen.queryByRole("region", { name: "Presentation" });

describe("presentation mode", () => {
  it("the Present button starts at the first root and Escape leaves", async () => {
    const user = userEvent.setup();
    const store = setup();
    const count = store.getState().index!.graph.nodes.length;
    await user.click(screen.getByRole("button", { name: "Present" }));
    expect(store.getState().presenting).toBe(true);
    expect(caption()).toHaveTextContent(`Chief Executive Officer 1 of ${count}`);
    await user.keyboard("{PageDown}");
    expect(caption()).toHaveTextContent(`2 of ${count}`);
    await user.keyboard("{PageUp}");
    expect(caption()).toHaveTextContent(`1 of ${count}`);
    await user.keyboard("{Escape}");
    expect(store.getState().presenting).toBe(false);
    expect(caption()).toBeNull();
    expect(store.getState().selectedId).toBeNull();
  });

  it("F enters (not while typing in the search box), and asks for fullscreen", async () => {
    const user = userEvent.setup();
    const requestFullscreen = vi.fn(() => Promise.resolve());
    document.documentElement.requestFullscreen = requestFullscreen;
    const store = setup();
    await user.click(screen.getByRole("combobox", { name: /search/i }));
    await user.keyboard("f");
    expect(store.getState().presenting).toBe(false);
    act(() => (document.activeElement as HTMLElement).blur());
    await user.keyboard("f");
    expect(store.getState().presenting).toBe(true);
    expect(requestFullscreen).toHaveBeenCalledOnce();
    expect(caption()).toHaveTextContent("Chief Executive Officer");
    await user.click(screen.getByRole("button", { name: "Next position" }));
    expect(caption()).toHaveTextContent("2 of");
    await user.click(screen.getByRole("button", { name: /Exit/ }));
    expect(store.getState().presenting).toBe(false);
  });

  it("the caption is a polite live region", async () => {
    const user = userEvent.setup();
    setup();
    await user.keyboard("F");
    expect(caption()!.querySelector('[aria-live="polite"]')).toHaveTextContent("1 of");
  });
});

describe("theme select", () => {
  beforeEach(() => {
    localStorage.clear();
    delete document.documentElement.dataset.theme;
  });

  it("applies the chosen theme to <html> and remembers it", async () => {
    const user = userEvent.setup();
    render(<ThemeSelect />);
    const select = screen.getByRole("combobox", { name: "Theme" });
    expect(select).toHaveValue("light");
    await user.selectOptions(select, "dark");
    expect(document.documentElement.dataset.theme).toBe("dark");
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe("dark");
    cleanup();
    // A later visit: the page starts from what was stored.
    delete document.documentElement.dataset.theme;
    render(<ThemeSelect />);
    expect(screen.getByRole("combobox", { name: "Theme" })).toHaveValue("dark");
    await user.selectOptions(screen.getByRole("combobox", { name: "Theme" }), "high-contrast");
    expect(document.documentElement.dataset.theme).toBe("high-contrast");
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe("high-contrast");
  });
});
