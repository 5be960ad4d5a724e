// @vitest-environment jsdom
import { ReactFlowProvider } from "@xyflow/react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Legend } from "../../src/chart/Legend.tsx";
import { createAtlasStore } from "../../src/store/atlas-store.ts";
import { StoreProvider } from "../../src/store/StoreProvider.tsx";
import type { Language } from "../../src/i18n/messages.ts";
import { seedLike } from "../support.ts";

function setup(language: Language = "en") {
  const store = createAtlasStore();
  store.getState().installGraph(seedLike());
  store.getState().setLanguage(language);
  render(
    <StoreProvider store={store}>
      <ReactFlowProvider>
        <Legend />
      </ReactFlowProvider>
    </StoreProvider>,
  );
}

describe("the legend", () => {
  it("opens from its button as a labelled region explaining every mark, and Escape closes it", async () => {
    const user = userEvent.setup();
    setup();
    const button = screen.getByRole("button", { name: "Legend" });
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("region")).toBeNull();
    await user.click(button);
    const legend = screen.getByRole("region", { name: "What the chart shows" });
    expect(button).toHaveAttribute("aria-expanded", "true");
    expect(button).toHaveAttribute("aria-controls", legend.id);
    for (const text of [
      "A position",
      "A team (dashed, rounded corners)",
      "Has its own job description",
      "The selected position",
      "Its chain of command",
      "Its direct reports",
      "Greyed: not in the selection’s chain or reports",
      "Positions hidden below; press to show them",
    ]) {
      expect(within(legend).getByText(text)).toBeInTheDocument();
    }
    // The samples are drawn with the boxes' own classes.
    expect(legend.querySelector(".box.box--team")).not.toBeNull();
    expect(legend.querySelector(".box.box--dim")).not.toBeNull();
    expect(legend.querySelector(".box.box--selected")).not.toBeNull();
    await user.click(within(legend).getByRole("button", { name: "Close the legend" }));
    expect(screen.queryByRole("region")).toBeNull();
    expect(button).toHaveFocus();
    await user.click(button);
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("region")).toBeNull();
    expect(button).toHaveFocus();
  });

  it("speaks French", async () => {
    const user = userEvent.setup();
    setup("fr");
    await user.click(screen.getByRole("button", { name: "Légende" }));
    const legend = screen.getByRole("region", { name: "Ce que montre l’organigramme" });
    expect(within(legend).getByText("Sa chaîne hiérarchique")).toBeInTheDocument();
  });
});
