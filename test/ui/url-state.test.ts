import {
  applyCollapsedDiff,
  diffCollapsed,
  readUrlState,
  writeUrlState,
} from "../../src/app/url-state.ts";

describe("URL state", () => {
  it("round-trips selection, collapsed boxes, filter and direction", () => {
    const state = {
      selected: "a,b",
      collapsed: ["x"],
      expanded: ["y"],
      org: "Service Canada",
      dir: "RIGHT" as const,
    };
    expect(readUrlState(writeUrlState(state))).toEqual(state);
    expect(
      writeUrlState({ selected: null, collapsed: [], expanded: [], org: null, dir: "DOWN" }),
    ).toBe("");
  });

  it("stores collapsed boxes as a difference from the default view", () => {
    const defaults = new Set(["a", "b"]);
    const diff = diffCollapsed(new Set(["b", "c"]), defaults);
    expect(diff).toEqual({ collapsed: ["c"], expanded: ["a"] });
    expect([...applyCollapsedDiff(defaults, diff)].sort()).toEqual(["b", "c"]);
  });
});
