// @vitest-environment jsdom
import { ReactFlowProvider } from "@xyflow/react";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ExportMenu } from "../../src/app/ExportMenu.tsx";
import { fallbackLayout } from "../../src/core/layout/compute-layout.ts";
import { layoutRequest } from "../../src/core/layout/request.ts";
import { isoDate } from "../../src/export/file-name.ts";
import { createAtlasStore } from "../../src/store/atlas-store.ts";
import { StoreProvider } from "../../src/store/StoreProvider.tsx";
import { seedLike } from "../support.ts";

function setup() {
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
  return { store };
}

describe("ExportMenu", () => {
  it("opens from its button, offers every format and scope, and closes on Escape", async () => {
    const user = userEvent.setup();
    const { store } = setup();
    const button = screen.getByRole("button", { name: "Export" });
    expect(button).toHaveAttribute("aria-expanded", "false");
    await user.click(button);
    const dialog = screen.getByRole("dialog", { name: "Export the chart" });
    for (const name of [/PNG image/, /SVG/, /PDF/, /PowerPoint/, /CSV/, /Graph JSON/]) {
      expect(within(dialog).getByRole("radio", { name })).toBeInTheDocument();
    }
    expect(within(dialog).getByRole("radio", { name: /The whole chart/ })).toBeChecked();
    expect(within(dialog).getByRole("radio", { name: /selected position/ })).toBeDisabled();
    expect(within(dialog).getByLabelText("Scale")).toHaveValue("2");
    await user.click(within(dialog).getByRole("radio", { name: /PDF/ }));
    expect(within(dialog).getByLabelText("Paper")).toBeInTheDocument();
    expect(within(dialog).queryByLabelText("Scale")).toBeNull();

    act(() => store.getState().select("cds-ed-service"));
    const subtree = within(dialog).getByRole("radio", {
      name: "Executive Director, Service and its reports",
    });
    expect(subtree).toBeEnabled();

    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(button).toHaveFocus();
  });

  it("saves the file and says what it saved", async () => {
    const user = userEvent.setup();
    const saved: string[] = [];
    URL.createObjectURL = () => "blob:test";
    URL.revokeObjectURL = () => undefined;
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });
    setup();
    await user.click(screen.getByRole("button", { name: "Export" }));
    const dialog = screen.getByRole("dialog");
    await user.click(within(dialog).getByRole("radio", { name: /CSV/ }));
    await user.click(within(dialog).getByRole("button", { name: "Export" }));
    const name = `org-chart-${isoDate(new Date())}.csv`;
    expect(await within(dialog).findByText(`Saved ${name}.`)).toHaveAttribute("role", "status");
    expect(saved).toEqual([name]);
    click.mockRestore();
  });
});
