// @vitest-environment jsdom
import { ReactFlowProvider } from "@xyflow/react";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ExportMenu } from "../../src/app/ExportMenu.tsx";
import { fallbackLayout } from "../../src/core/layout/compute-layout.ts";
import { layoutRequest } from "../../src/core/layout/request.ts";
import { createAtlasStore } from "../../src/store/atlas-store.ts";
import { StoreProvider } from "../../src/store/StoreProvider.tsx";
import { seedLike } from "../support.ts";

async function open() {
  const store = createAtlasStore();
  store.getState().installGraph(seedLike());
  const s = store.getState();
  s.setLayout(fallbackLayout(layoutRequest(s.index!, { ...s, direction: "DOWN" })));
  render(
    <StoreProvider store={store}>
      <ReactFlowProvider>
        <ExportMenu />
      </ReactFlowProvider>
    </StoreProvider>,
  );
  const user = userEvent.setup();
  await user.click(screen.getByRole("button", { name: "Export" }));
  return { store, user, dialog: screen.getByRole("dialog", { name: "Export the chart" }) };
}

describe("export options", () => {
  it("offers the picture's shape for PNG and SVG only", async () => {
    const { user, dialog } = await open();
    const shape = within(dialog).getByRole("group", { name: "Shape" });
    expect(within(shape).getByRole("radio", { name: "The chart’s own" })).toBeChecked();
    await user.click(within(shape).getByRole("radio", { name: "Slide 16:9" }));
    await user.click(within(dialog).getByRole("radio", { name: /^SVG/ }));
    expect(
      within(within(dialog).getByRole("group", { name: "Shape" })).getByRole("radio", {
        name: "Slide 16:9",
      }),
    ).toBeChecked();
    await user.click(within(dialog).getByRole("radio", { name: /^PDF/ }));
    expect(within(dialog).queryByRole("group", { name: "Shape" })).toBeNull();
  });

  it("makes readable PDF pages by default", async () => {
    const { user, dialog } = await open();
    await user.click(within(dialog).getByRole("radio", { name: /^PDF/ }));
    const pages = within(dialog).getByLabelText("Pages");
    expect(pages).toHaveDisplayValue("Readable pages (one per branch)");
    expect(
      within(pages)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual([
      "Readable pages (one per branch)",
      "Poster (pages to put together)",
      "One page (text may be small)",
    ]);
  });

  it("draws a legend on request, and the highlight only for a selection", async () => {
    const { store, user, dialog } = await open();
    const draw = within(dialog).getByRole("group", { name: "Also draw" });
    const legend = within(draw).getByRole("checkbox", { name: "A legend" });
    expect(legend).not.toBeChecked();
    await user.click(legend);
    expect(legend).toBeChecked();
    expect(within(draw).getByRole("checkbox", { name: /highlight/ })).toBeDisabled();
    act(() => store.getState().select("cds-ed-service"));
    const highlight = within(draw).getByRole("checkbox", {
      name: "The selection’s highlight (other boxes greyed)",
    });
    expect(highlight).toBeEnabled();
    expect(highlight).not.toBeChecked();
    await user.click(within(dialog).getByRole("radio", { name: /^CSV/ }));
    expect(within(dialog).queryByRole("group", { name: "Also draw" })).toBeNull();
    await user.click(within(dialog).getByRole("radio", { name: /^PowerPoint/ }));
    expect(within(dialog).getByRole("checkbox", { name: "A legend" })).toBeChecked();
  });
});
