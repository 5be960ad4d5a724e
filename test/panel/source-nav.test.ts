import { describe, expect, it } from "vitest";
import { NO_NAV, navOf, revealIn, sourceNavReducer } from "../../src/panel/source-nav.ts";
import type { SourceNav, SourceNavAction } from "../../src/panel/source-nav.ts";

const reveal = (documentId: string, own = false, at = 10): SourceNavAction => ({
  type: "revealed",
  nodeId: "a",
  documentId,
  own,
  target: { mode: "reading", at },
  message: "",
});
const toggle = (documentId: string, open: boolean, nodeId = "a"): SourceNavAction => ({
  type: "toggled",
  nodeId,
  documentId,
  open,
});
const run = (...actions: SourceNavAction[]): SourceNav => actions.reduce(sourceNavReducer, NO_NAV);

describe("the panel's source navigation", () => {
  it("opens another document at the quote, and shows a quote in the position's own in place", () => {
    const nav = run(reveal("other"), reveal("own", true));
    expect(nav.open).toEqual(["other"]);
    expect(revealIn(nav, "own")).toMatchObject({ at: 10, documentId: "own" });
    expect(revealIn(nav, "other")).toBeNull();
  });

  it("gives every reveal a new seq, so the same quote can be shown twice", () => {
    const first = run(reveal("d"));
    const second = sourceNavReducer(first, reveal("d"));
    expect(second.reveal?.seq).toBeGreaterThan(first.reveal!.seq);
    expect(second.open).toEqual(["d"]);
  });

  it("keeps counting reveals across positions", () => {
    const before = run(reveal("d"));
    const elsewhere = sourceNavReducer(before, { ...reveal("d"), nodeId: "b" });
    expect(elsewhere.nodeId).toBe("b");
    expect(elsewhere.reveal!.seq).toBeGreaterThan(before.reveal!.seq);
  });

  it("forgets the quote when its document is closed, so reopening does not jump back", () => {
    const nav = run(reveal("d"), toggle("d", false));
    expect(nav.open).toEqual([]);
    expect(nav.reveal).toBeNull();
    expect(sourceNavReducer(nav, toggle("d", true)).reveal).toBeNull();
  });

  it("keeps the quote when another document is closed", () => {
    const nav = run(toggle("x", true), reveal("d"), toggle("x", false));
    expect(nav.open).toEqual(["d"]);
    expect(revealIn(nav, "d")).not.toBeNull();
  });

  it("ignores a toggle that changes nothing", () => {
    const nav = run(toggle("d", true));
    expect(sourceNavReducer(nav, toggle("d", true))).toBe(nav);
  });

  it("says when a quote is not found, clearing the reveal but keeping open documents", () => {
    const nav = run(reveal("d"), { type: "notFound", nodeId: "a", message: "Not found in d" });
    expect(nav).toMatchObject({ reveal: null, open: ["d"], message: "Not found in d" });
  });

  it("starts afresh for another position", () => {
    const nav = run(reveal("d"), { type: "notFound", nodeId: "a", message: "Not found" });
    expect(navOf(nav, "a")).toBe(nav);
    expect(navOf(nav, "b")).toMatchObject({ nodeId: "b", reveal: null, open: [], message: "" });
    expect(sourceNavReducer(nav, toggle("e", true, "b")).open).toEqual(["e"]);
  });
});
